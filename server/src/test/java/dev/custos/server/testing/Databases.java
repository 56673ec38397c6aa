package dev.custos.server.testing;

import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.provider.Arguments;

/** The two databases every store test runs on, as arguments of a parameterised test. */
public final class Databases {

  private Databases() {}

  public static Stream<Arguments> both() {
    return Stream.of(
        Arguments.of("H2", (Supplier<DataSource>) TestDatabases::h2),
        Arguments.of("PostgreSQL", (Supplier<DataSource>) TestDatabases::postgres));
  }
}
