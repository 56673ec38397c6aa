package dev.custos.server.consent;

import dev.custos.policies.consent.ConsentContext;
import dev.custos.policies.consent.ConsentEvent;
import dev.custos.policies.purpose.PolicyPack;
import dev.custos.policies.purpose.Purpose;
import dev.custos.server.consent.store.LedgerEntry;
import dev.custos.server.consent.store.LedgerRow;
import dev.custos.server.problem.ProblemException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signed consent receipts (同意凭证): a JWS in compact serialisation whose payload holds the fields of
 * a Kantara Initiative consent receipt (v1.1) and of an ISO/IEC TS 27560 consent record, signed
 * with {@link ReceiptKeys}. Anyone holding the receipt and the published key set can verify it
 * offline; the payload names the person only by their pseudonymous subject id.
 */
@Dependent
public class ConsentReceipts {

  /** The Kantara consent receipt specification version the payload follows. */
  static final String KANTARA_VERSION = "KI-CR-v1.1.0";

  private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

  private final Consents consents;
  private final ReceiptKeys keys;
  private final String controller;
  private final String policyUrl;

  @Inject
  public ConsentReceipts(
      Consents consents,
      ReceiptKeys keys,
      @ConfigProperty(name = "custos.consent.controller", defaultValue = "Custos")
          String controller,
      @ConfigProperty(name = "custos.consent.policy-url", defaultValue = "about:blank")
          String policyUrl) {
    this.consents = consents;
    this.keys = keys;
    this.controller = controller;
    this.policyUrl = policyUrl;
  }

  /**
   * The signed receipt of the consent event the reference names.
   *
   * @throws ProblemException 404 if no receipt has the reference
   */
  public String receipt(String receiptRef) {
    LedgerRow row =
        consents
            .byReceipt(receiptRef)
            .orElseThrow(() -> ProblemException.notFound("consent-receipt-not-found"));
    if (!(row.entry() instanceof LedgerEntry.Consent consent)) {
      throw ProblemException.notFound("consent-receipt-not-found");
    }
    return sign(claims(consent.event(), row, receiptRef, consents.pack()));
  }

  /** The key set that verifies receipts. */
  public JsonObject publicKeys() {
    return keys.publicKeys();
  }

  private JsonObject claims(ConsentEvent event, LedgerRow row, String receiptRef, PolicyPack pack) {
    ConsentContext c = event.context();
    Purpose purpose = pack.purpose(c.purpose()).orElse(null);
    JsonObjectBuilder purposeClaim =
        Json.createObjectBuilder()
            .add("purpose", c.purpose().value())
            .add("purposeCategory", Json.createArrayBuilder().add(c.purpose().value()))
            .add("consentType", "EXPLICIT")
            .add("piiCategory", Json.createArrayBuilder())
            .add("primaryPurpose", true)
            .add("termination", "withdrawal at any time; the receipt reference names this record")
            .add("thirdPartyDisclosure", false);
    if (purpose != null) {
      purposeClaim.add("description", purpose.description());
    }
    JsonObjectBuilder claims =
        Json.createObjectBuilder()
            .add("version", KANTARA_VERSION)
            .add("jurisdiction", c.jurisdiction())
            .add("consentTimestamp", event.at().getEpochSecond())
            .add("collectionMethod", c.method().id())
            .add("consentReceiptID", receiptRef)
            .add("language", c.languageTag())
            .add("piiPrincipalId", c.subject().value())
            .add(
                "piiControllers",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("piiController", controller)))
            .add("policyUrl", policyUrl)
            .add(
                "services",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("service", "customer experience")
                            .add("purposes", Json.createArrayBuilder().add(purposeClaim))))
            .add("sensitive", purpose != null && purpose.separateConsent())
            .add("spiCat", Json.createArrayBuilder())
            // ISO/IEC TS 27560 consent-record fields beyond the Kantara receipt.
            .add("iat", row.recordedAt().getEpochSecond())
            .add("eventId", event.id().toString())
            .add("state", state(event))
            .add("lawfulBasis", c.lawfulBasis().id())
            .add(
                "notice",
                Json.createObjectBuilder()
                    .add("id", c.notice().id())
                    .add("version", c.notice().version())
                    .add("sha256", c.notice().textHash().hex()))
            .add("channel", c.channel())
            .add("collector", c.collector())
            .add("policyPack", pack.reference());
    if (event instanceof ConsentEvent.Given given) {
      claims.add("consentForm", given.form().id());
      given.expiresAt().ifPresent(at -> claims.add("expiresAt", at.getEpochSecond()));
    }
    return claims.build();
  }

  private static String state(ConsentEvent event) {
    return switch (event) {
      case ConsentEvent.Given g -> "given";
      case ConsentEvent.Withdrawn w -> "withdrawn";
      case ConsentEvent.Refused r -> "refused";
      case ConsentEvent.Expired e -> "expired";
    };
  }

  private String sign(JsonObject claims) {
    JsonObject header =
        Json.createObjectBuilder()
            .add("alg", "ES256")
            .add("typ", "JWT")
            .add("kid", keys.keyId())
            .build();
    String signingInput = b64(header.toString()) + "." + b64(claims.toString());
    byte[] signature = keys.sign(signingInput.getBytes(StandardCharsets.US_ASCII));
    return signingInput + "." + B64URL.encodeToString(signature);
  }

  private static String b64(String json) {
    return B64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
