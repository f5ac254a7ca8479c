package io.primetrade.archfixture.cycle.a;

import io.primetrade.archfixture.cycle.b.Egg;

/** Breaks the rules on purpose: half of a package cycle. */
public class Chicken {
  public Egg lay() {
    return new Egg();
  }
}
