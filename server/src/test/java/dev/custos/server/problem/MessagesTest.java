package dev.custos.server.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  void everyTextExistsInEnglishAndChinese() throws IOException {
    Properties english = load("messages.properties");
    Properties chinese = load("messages_zh_CN.properties");

    assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
  }

  @Test
  void chineseIsChosenWhenPreferredAndEnglishOtherwise() {
    assertThat(Messages.choose(List.of(Locale.forLanguageTag("zh-CN"))))
        .isEqualTo(Messages.CHINESE);
    assertThat(Messages.choose(List.of(Locale.forLanguageTag("zh-TW"))))
        .isEqualTo(Messages.CHINESE);
    assertThat(Messages.choose(List.of(Locale.FRENCH, Locale.forLanguageTag("zh"))))
        .isEqualTo(Messages.CHINESE);
    assertThat(Messages.choose(List.of(Locale.GERMAN))).isEqualTo(Locale.ENGLISH);
    assertThat(Messages.choose(List.of())).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void textsAreFormattedInTheCallersLanguage() {
    assertThat(Messages.text(Locale.ENGLISH, "too-many-items.detail", 5000))
        .isEqualTo(
            "Send at most 5000 responses per request; split the list into several requests.");
    assertThat(Messages.text(Messages.CHINESE, "field.range", 0, 10)).isEqualTo("0 至 10 之间的整数");
    assertThat(Messages.text(Locale.ENGLISH, "invalid-request.detail", 1))
        .startsWith("One field is");
    assertThat(Messages.text(Locale.ENGLISH, "account-exists.detail")).contains("/{id}");
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
