package dev.custos.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.server.testing.Api;
import dev.custos.server.testing.CustosServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
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
    assertThat(new TreeSet<>(model().keySet())).isEqualTo(documentedOperations());
  }

  @Test
  void everyRoleIsRefusedExactlyWhereTheModelDoesNotNameIt() throws Exception {
    String admin = api.adminToken(server);
    Map<String, String> tokens = new LinkedHashMap<>();
    for (String role : new TreeSet<>(Role.ALL)) {
      tokens.put(role, role.equals(Role.CX_ADMIN) ? admin : api.userToken(admin, role, "ACC-1"));
    }
    Map<String, Set<String>> model = model();
    assertThat(model).hasSizeGreaterThan(15);
    List<String> mismatches = new ArrayList<>();
    for (var entry : model.entrySet()) {
      String method = entry.getKey().substring(0, entry.getKey().indexOf(' '));
      String path =
          entry
              .getKey()
              .substring(method.length() + 1)
              // Any path parameter ({id}, {reference}, ...) gets a value that names nothing.
              .replaceAll("\\{[^}/]+}", UUID.randomUUID().toString());
      if (entry.getValue().contains("public")) {
        continue;
      }
      for (var role : tokens.entrySet()) {
        int status = call(method, path, role.getValue());
        boolean allowed = entry.getValue().contains(role.getKey());
        if (allowed ? status == 401 || status == 403 : status != 403) {
          mismatches.add(entry.getKey() + " as " + role.getKey() + ": " + status);
        }
      }
    }
    assertThat(mismatches).isEmpty();
  }

  /** Calls with an empty JSON body where there is one: allowed callers get 400 or 404, not 403. */
  private int call(String method, String path, String token) {
    if (method.equals("POST") || method.equals("PUT")) {
      return method.equals("POST")
          ? api.post(path, token, Json.createObjectBuilder().build()).status()
          : api.put(path, token, Json.createObjectBuilder().build(), null).status();
    }
    return api.send(method, path, token).status();
  }

  /** Operation ("GET /api/v1/accounts") to the roles the model allows. */
  private static Map<String, Set<String>> model() throws Exception {
    Map<String, Set<String>> model = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Path.of(System.getProperty("custos.it.permissions")))) {
      String[] cells = line.split("\\|");
      if (cells.length >= 4 && cells[1].strip().matches("GET|POST|PUT|PATCH|DELETE")) {
        Set<String> roles =
            Set.of(cells[3].split(",")).stream().map(String::strip).collect(Collectors.toSet());
        model.put(cells[1].strip() + " " + cells[2].strip(), roles);
      }
    }
    return model;
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
