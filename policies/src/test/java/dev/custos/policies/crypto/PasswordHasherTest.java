package dev.custos.policies.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private static final PasswordHasher.Cost CHEAP = new PasswordHasher.Cost(1024, 2, 1);
  private final PasswordHasher hasher = new PasswordHasher(CHEAP, new SecureRandom());

  @Test
  void verifiesTheHashOfTheReferenceImplementation() {
    // Made with the reference argon2 command-line tool (Debian package "argon2"):
    // echo -n "correct horse battery staple" | argon2 somesaltSOMESALT -id -m 10 -t 2 -p 1 -l 32 -e
    String reference =
        "$argon2id$v=19$m=1024,t=2,p=1$c29tZXNhbHRTT01FU0FMVA$wa2IE7/nxMwV9Df30Jz78fmOXU1/luRyCvkoAYDO72s";

    assertThat(hasher.verify("correct horse battery staple".toCharArray(), reference)).isTrue();
    assertThat(hasher.verify("correct horse battery stapler".toCharArray(), reference)).isFalse();
  }

  @Test
  void hashOfAPasswordVerifiesAndOthersDoNot() {
    String stored = hasher.hash("s3cret-密码".toCharArray());

    assertThat(stored).startsWith("$argon2id$v=19$m=1024,t=2,p=1$");
    assertThat(hasher.verify("s3cret-密码".toCharArray(), stored)).isTrue();
    assertThat(hasher.verify("s3cret-密".toCharArray(), stored)).isFalse();
  }

  @Test
  void samePasswordGetsDifferentSalts() {
    assertThat(hasher.hash("pw".toCharArray())).isNotEqualTo(hasher.hash("pw".toCharArray()));
  }

  @Test
  void malformedStoredHashNeverMatches() {
    assertThat(hasher.verify("pw".toCharArray(), null)).isFalse();
    assertThat(hasher.verify("pw".toCharArray(), "")).isFalse();
    assertThat(hasher.verify("pw".toCharArray(), "$2a$10$bcrypthashfromelsewhere")).isFalse();
  }

  @Test
  void weakerStoredHashNeedsRehash() {
    String cheap = hasher.hash("pw".toCharArray());

    assertThat(new PasswordHasher().needsRehash(cheap)).isTrue();
    assertThat(hasher.needsRehash(cheap)).isFalse();
  }
}
