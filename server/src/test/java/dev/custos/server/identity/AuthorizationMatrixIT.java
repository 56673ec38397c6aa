package dev.custos.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.server.testing.Api;
import dev.custos.server.testing.CustosServer;
import dev.custos.server.testing.PermissionModel;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The permission model of docs/permissions.md against the running server: it covers every operation
 * of the OpenAPI document, and every role gets 403 exactly where the model does not name it.
 */
@ExtendWith(CustosServer.class)
class AuthorizationMatrixIT {

  private final CustosServer.Running server = CustosServer.get();
  private final Api api = Api.of(server);

  @Test
  void theModelListsEveryDocumentedOperationAndNothingElse() throws Exception {
    assertThat(new TreeSet<>(PermissionModel.read().keySet())).isEqualTo(documentedOperations());
  }

  @Test
  void everyRoleIsRefusedExactlyWhereTheModelDoesNotNameIt() throws Exception {
    String admin = api.adminToken(server);
    Map<String, String> tokens = new LinkedHashMap<>();
    for (String role : new TreeSet<>(Role.ALL)) {
      tokens.put(role, role.equals(Role.CX_ADMIN) ? admin : api.userToken(admin, role, "ACC-1"));
    }
    assertThat(PermissionModel.read()).hasSizeGreaterThan(15);
    List<String> mismatches = PermissionModel.mismatches(api, tokens);
    assertThat(mismatches).isEmpty();
  }

  private Set<String> documentedOperations() {
    String json = api.get("/openapi?format=JSON", null).body();
    JsonObject paths =
        Json.createReader(new StringReader(json)).readObject().getJsonObject("paths");
    Set<String> operations = new TreeSet<>();
    paths.forEach(
        (path, item) ->
            item.asJsonObject().keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "patch", "delete").contains(m))
                .forEach(m -> operations.add(m.toUpperCase(Locale.ROOT) + " " + path)));
    return operations;
  }
}
