package dev.custos.installer.launch;

/** Asks a starting server whether it is ready to serve. */
@FunctionalInterface
public interface ReadinessProbe {

  /** True when the server says it is ready; false when it is not, or cannot be reached yet. */
  boolean ready();
}
