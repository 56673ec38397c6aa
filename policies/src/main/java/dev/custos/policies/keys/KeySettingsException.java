package dev.custos.policies.keys;

/** Key settings that are missing or contradict each other; the message names the setting. */
public final class KeySettingsException extends MasterKeyException {

  private static final long serialVersionUID = 1L;

  public KeySettingsException(String message) {
    super(message);
  }
}
