package dev.custos.policies.consent;

import java.util.Objects;

/**
 * The notice (告知 / 隐私声明) a person was shown when asked for consent: its id, its version and the
 * hash of its exact text.
 */
public record Notice(String id, String version, NoticeHash textHash) {

  public Notice {
    Texts.requireToken(id, "notice id");
    Texts.requireToken(version, "notice version");
    Objects.requireNonNull(textHash, "textHash");
  }

  /** A notice whose hash is computed from its text with {@link NoticeHash#of(String)}. */
  public static Notice of(String id, String version, String text) {
    return new Notice(id, version, NoticeHash.of(text));
  }
}
