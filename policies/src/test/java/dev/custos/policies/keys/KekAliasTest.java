package dev.custos.policies.keys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KekAliasTest {

  @Test
  void aliasesNameTheirVersion() {
    assertThat(KekAlias.of(12)).isEqualTo("kek-12");
    assertThat(KekAlias.version("kek-12")).hasValue(12);
  }

  @Test
  void otherAliasesNameNoVersion() {
    assertThat(KekAlias.version("kek-")).isEmpty();
    assertThat(KekAlias.version("kek-0")).isEmpty();
    assertThat(KekAlias.version("kek-1-hmac")).isEmpty();
    assertThat(KekAlias.version("signing-1")).isEmpty();
    assertThat(KekAlias.version("kek-99999999999")).isEmpty();
  }
}
