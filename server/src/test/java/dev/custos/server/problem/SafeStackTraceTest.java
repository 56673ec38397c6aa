package dev.custos.server.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeStackTraceTest {

  @Test
  void keepsTypesAndFramesButNoMessages() {
    var e =
        new IllegalStateException(
            "wrapper mentions jane.doe@example.com",
            new IllegalArgumentException("Key (email)=(jane.doe@example.com) already exists"));

    String rendered = SafeStackTrace.of(e);

    assertThat(rendered)
        .contains("java.lang.IllegalStateException")
        .contains("Caused by: java.lang.IllegalArgumentException")
        .contains("SafeStackTraceTest")
        .doesNotContain("jane.doe");
  }
}
