package io.primetrade.archfixture.cycle.b;

import io.primetrade.archfixture.cycle.a.Chicken;

/** Breaks the rules on purpose: the other half of a package cycle. */
public class Egg {
  public Chicken hatch() {
    return new Chicken();
  }
}
