package io.primetrade.application.archfixture;

import io.javalin.http.Context;

/** Breaks the rules on purpose: a use case that speaks HTTP. */
public class ApplicationUsingJavalin {
  public String caller(Context ctx) {
    return ctx.header("Authorization");
  }
}
