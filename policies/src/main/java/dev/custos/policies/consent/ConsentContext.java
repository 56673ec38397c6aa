package dev.custos.policies.consent;

import dev.custos.policies.purpose.LawfulBasis;
import dev.custos.policies.purpose.PurposeId;
import dev.custos.policies.subject.SubjectId;
import java.util.Locale;
import java.util.Objects;

/**
 * What every consent event records besides its kind and time: the fields of an ISO/IEC TS 27560
 * consent record and of a Kantara consent receipt. No field holds personal data in clear: the
 * subject is pseudonymous and the collector is an id.
 *
 * @param subject the data subject, by pseudonymous id
 * @param purpose the purpose consented to (or withdrawn, refused, expired)
 * @param lawfulBasis the lawful basis the notice named for the purpose; the decision takes the
 *     basis from the policy pack, this records what the person was told
 * @param notice the notice shown, with the hash of its text
 * @param language the language of the notice and the interaction, as a BCP 47 tag ({@code zh-CN})
 * @param method how the event was collected
 * @param channel where it was collected: {@code web}, {@code app}, {@code wechat}, {@code phone},
 *     {@code email}, {@code in-person}, ... (the glossary's channels, as ids)
 * @param collector who recorded the event: a user, connector or service id, never a name or e-mail
 *     address
 * @param jurisdiction the jurisdiction the event was collected under, for example {@code CN}
 */
public record ConsentContext(
    SubjectId subject,
    PurposeId purpose,
    LawfulBasis lawfulBasis,
    Notice notice,
    Locale language,
    CollectionMethod method,
    String channel,
    String collector,
    String jurisdiction) {

  public ConsentContext {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(lawfulBasis, "lawfulBasis");
    Objects.requireNonNull(notice, "notice");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(method, "method");
    if (language.getLanguage().isEmpty()) {
      throw new IllegalArgumentException("language must be a BCP 47 tag with a language subtag");
    }
    Texts.requireToken(channel, "channel");
    Texts.requireToken(collector, "collector");
    Texts.requireToken(jurisdiction, "jurisdiction");
  }

  /**
   * The language as a BCP 47 tag.
   *
   * @see Locale#toLanguageTag()
   */
  public String languageTag() {
    return language.toLanguageTag();
  }
}
