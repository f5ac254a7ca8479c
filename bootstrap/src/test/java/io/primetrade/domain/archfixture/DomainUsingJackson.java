package io.primetrade.domain.archfixture;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Breaks the rules on purpose: a domain class that needs a library. */
public class DomainUsingJackson {
  public String write(Object value) throws Exception {
    return new ObjectMapper().writeValueAsString(value);
  }
}
