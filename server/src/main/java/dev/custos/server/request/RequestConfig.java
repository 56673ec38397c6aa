package dev.custos.server.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The request settings, read and checked at start-up so that a wrong value stops the start. */
@ApplicationScoped
public class RequestConfig {

  @Produces
  @Singleton
  Deadlines deadlines(
      @ConfigProperty(name = Deadlines.PIPL_DAYS, defaultValue = "15") int piplDays) {
    return new Deadlines(piplDays);
  }

  void checkAtStart(@Observes @Initialized(ApplicationScoped.class) Object event, Deadlines d) {
    // Injecting the deadlines builds them, which checks the setting.
  }
}
