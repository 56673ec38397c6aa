package dev.custos.server.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one source of time, so that logic takes a {@link Clock} and tests can control it. */
@ApplicationScoped
public class Clocks {

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.systemUTC();
  }
}
