package dev.custos.server.testing;

import jakarta.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The permission model of docs/permissions.md (Failsafe passes its path in {@code
 * custos.it.permissions}): operation ({@code "GET /api/v1/accounts"}) to the roles it names.
 */
public final class PermissionModel {

  private PermissionModel() {}

  public static Map<String, Set<String>> read() {
    Map<String, Set<String>> model = new LinkedHashMap<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(Path.of(CustosServer.required("custos.it.permissions")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String line : lines) {
      String[] cells = line.split("\\|");
      if (cells.length >= 4 && cells[1].strip().matches("GET|POST|PUT|PATCH|DELETE")) {
        Set<String> roles =
            Set.of(cells[3].split(",")).stream().map(String::strip).collect(Collectors.toSet());
        model.put(cells[1].strip() + " " + cells[2].strip(), roles);
      }
    }
    return model;
  }

  /**
   * Calls every non-public operation with each token and lists where the answer contradicts the
   * model: a role the model names must not get 401 or 403, any other must get 403.
   *
   * @param tokens role name (as the model spells it) to a token of a caller holding that role
   */
  public static List<String> mismatches(Api api, Map<String, String> tokens) {
    List<String> mismatches = new ArrayList<>();
    for (var entry : read().entrySet()) {
      if (entry.getValue().contains("public")) {
        continue;
      }
      String method = entry.getKey().substring(0, entry.getKey().indexOf(' '));
      String path =
          entry
              .getKey()
              .substring(method.length() + 1)
              // Any path parameter ({id}, {reference}, ...) gets a value that names nothing.
              .replaceAll("\\{[^}/]+}", UUID.randomUUID().toString());
      for (var role : tokens.entrySet()) {
        int status = call(api, method, path, role.getValue());
        boolean allowed = entry.getValue().contains(role.getKey());
        if (allowed ? status == 401 || status == 403 : status != 403) {
          mismatches.add(entry.getKey() + " as " + role.getKey() + ": " + status);
        }
      }
    }
    return mismatches;
  }

  /** Calls with an empty JSON body where there is one: allowed callers get 400 or 404, not 403. */
  private static int call(Api api, String method, String path, String token) {
    if (method.equals("POST")) {
      return api.post(path, token, Json.createObjectBuilder().build()).status();
    }
    if (method.equals("PUT")) {
      return api.put(path, token, Json.createObjectBuilder().build(), null).status();
    }
    return api.send(method, path, token).status();
  }
}
