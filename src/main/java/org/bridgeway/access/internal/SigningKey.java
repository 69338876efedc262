package org.bridgeway.access.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.text.ParseException;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The RSA key that signs access tokens, kept in table {@code oauth_signing_key}: the first node to start makes it,
 * and every node reads the same one, so a token one node issued is honoured by any other.
 */
@Component
class SigningKey {

  private final JdbcClient jdbc;
  private volatile RSAKey key;

  SigningKey(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  RSAKey key() {
    RSAKey current = key;
    if (current == null) {
      synchronized (this) {
        if (key == null) {
          key = loadOrMake();
        }
        current = key;
      }
    }
    return current;
  }

  private RSAKey loadOrMake() {
    try {
      RSAKey made = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
      jdbc.sql("insert into oauth_signing_key (key_id, jwk) select ?, ? where not exists (select 1 from oauth_signing_key)")
          .params(made.getKeyID(), made.toJSONString()).update();
      String stored = jdbc.sql("select jwk from oauth_signing_key order by created_at, key_id limit 1")
          .query(String.class).single();
      return RSAKey.parse(stored);
    } catch (JOSEException | ParseException e) {
      throw new IllegalStateException("The token signing key could not be made or read", e);
    }
  }
}
