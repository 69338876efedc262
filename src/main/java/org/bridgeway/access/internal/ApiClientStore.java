package org.bridgeway.access.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bridgeway.access.ApiClient;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** API clients in table {@code api_client}; the alliance's name is joined in for the token's caller. */
@Component
public class ApiClientStore {

  /** A client as the authorization server and the resource server see it: with its alliance and secret hash. */
  public record StoredClient(UUID allianceId, String allianceName, ApiClient client, String secretHash) {}

  private final JdbcClient jdbc;

  ApiClientStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(UUID alliance, UUID id, String clientId, String secretHash, String name, List<String> scopes,
      String createdBy) {
    jdbc.sql("""
            insert into api_client (alliance_id, id, client_id, secret_hash, name, scopes, created_by)
            values (?, ?, ?, ?, ?, ?::text[], ?)""")
        .params(alliance, id, clientId, secretHash, name, scopes.toArray(String[]::new), createdBy).update();
  }

  /** The alliance's clients, the ones still in use first, newest first. */
  public List<ApiClient> ofAlliance(UUID alliance) {
    return jdbc.sql("select * from api_client where alliance_id = ?"
            + " order by revoked_at is not null, created_at desc, name")
        .param(alliance).query((rs, n) -> client(rs)).list();
  }

  public Optional<ApiClient> find(UUID alliance, UUID id) {
    return jdbc.sql("select * from api_client where alliance_id = ? and id = ?").params(alliance, id)
        .query((rs, n) -> client(rs)).optional();
  }

  /** The client with this client id in any alliance, revoked or not. */
  public Optional<StoredClient> byClientId(String clientId) {
    return jdbc.sql("""
            select c.*, a.name as alliance_name from api_client c join alliance a on a.id = c.alliance_id
            where c.client_id = ?""")
        .param(clientId)
        .query((rs, n) -> new StoredClient(rs.getObject("alliance_id", UUID.class), rs.getString("alliance_name"),
            client(rs), rs.getString("secret_hash")))
        .optional();
  }

  /** The client with this id in any alliance, revoked or not. */
  public Optional<StoredClient> byId(UUID id) {
    return jdbc.sql("""
            select c.*, a.name as alliance_name from api_client c join alliance a on a.id = c.alliance_id
            where c.id = ?""")
        .param(id)
        .query((rs, n) -> new StoredClient(rs.getObject("alliance_id", UUID.class), rs.getString("alliance_name"),
            client(rs), rs.getString("secret_hash")))
        .optional();
  }

  /** Revokes a client not yet revoked; false when it was revoked already. */
  public boolean revoke(UUID alliance, UUID id, String by, String reason) {
    return jdbc.sql("""
            update api_client set revoked_at = now(), revoked_by = ?, revoke_reason = ?
            where alliance_id = ? and id = ? and revoked_at is null""")
        .params(by, reason, alliance, id).update() == 1;
  }

  /** Keeps a secret's hash made again with a stronger encoding; the secret itself is unchanged. */
  public void rehash(String clientId, String secretHash) {
    jdbc.sql("update api_client set secret_hash = ? where client_id = ?").params(secretHash, clientId).update();
  }

  private static ApiClient client(ResultSet rs) throws SQLException {
    return new ApiClient(rs.getObject("id", UUID.class), rs.getString("client_id"), rs.getString("name"),
        scopes(rs.getArray("scopes")), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
        instant(rs.getTimestamp("revoked_at")), rs.getString("revoked_by"), rs.getString("revoke_reason"));
  }

  private static List<String> scopes(Array array) throws SQLException {
    return List.copyOf(Arrays.asList((String[]) array.getArray()));
  }

  private static java.time.@Nullable Instant instant(@Nullable Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
