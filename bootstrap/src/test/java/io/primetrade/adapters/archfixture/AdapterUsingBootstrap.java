package io.primetrade.adapters.archfixture;

import io.primetrade.bootstrap.PrimeTrade;

/** Breaks the rules on purpose: an adapter depending on the wiring. */
public class AdapterUsingBootstrap {
  public PrimeTrade.Builder builder() {
    return PrimeTrade.builder();
  }
}
