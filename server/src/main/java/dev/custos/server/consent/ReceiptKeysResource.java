package dev.custos.server.consent;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public keys that verify consent receipts. Public on purpose: a person, a regulator or a court
 * must be able to check a receipt without an account, and the set holds public keys only.
 */
@Path("/consent/receipts/jwks")
@Dependent
@Tag(name = "Consent")
public class ReceiptKeysResource {

  private final ReceiptKeys keys;

  @Inject
  public ReceiptKeysResource(ReceiptKeys keys) {
    this.keys = keys;
  }

  @GET
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirements
  @Operation(summary = "Public keys that verify consent receipts (JWK set)")
  public JsonObject jwks() {
    return keys.publicKeys();
  }
}
