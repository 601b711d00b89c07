package io.casedesk.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/** Ed25519 keys in PEM as OpenSSL writes them (PKCS#8 private, X.509 public), with Java 17's own JCA. */
public final class Ed25519Keys {

  static final String ALGORITHM = "Ed25519";

  private Ed25519Keys() {}

  public static KeyPair generate() {
    try {
      return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("This Java has no Ed25519", e);
    }
  }

  /** The key pair of a PKCS#8 PEM private key ({@code openssl genpkey -algorithm ed25519}). */
  public static KeyPair fromPrivatePem(String pem) {
    PrivateKey privateKey;
    try {
      privateKey = KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der(pem, "PRIVATE KEY")));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("The audit export key is not an Ed25519 private key in PKCS#8 PEM (openssl genpkey -algorithm ed25519)", e);
    }
    return new KeyPair(publicOf(privateKey), privateKey);
  }

  public static PublicKey fromPublicPem(String pem) {
    try {
      return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der(pem, "PUBLIC KEY")));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException("Not an Ed25519 public key in PEM (-----BEGIN PUBLIC KEY-----)", e);
    }
  }

  public static String privatePem(PrivateKey key) {
    return pem("PRIVATE KEY", key.getEncoded());
  }

  public static String publicPem(PublicKey key) {
    return pem("PUBLIC KEY", key.getEncoded());
  }

  /** SHA-256 of the public key's DER encoding, hex: names the key in the verification's report. */
  public static String fingerprint(PublicKey key) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String sign(PrivateKey key, String text) {
    try {
      Signature signature = Signature.getInstance(ALGORITHM);
      signature.initSign(key);
      signature.update(text.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Signing failed", e);
    }
  }

  public static boolean verify(PublicKey key, String text, String base64Signature) {
    try {
      Signature signature = Signature.getInstance(ALGORITHM);
      signature.initVerify(key);
      signature.update(text.getBytes(StandardCharsets.UTF_8));
      return signature.verify(Base64.getDecoder().decode(base64Signature));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * The public key of a private key. Java 17 has no call for it, but its key pair generator draws the
   * 32-byte private key from the random source it is given and derives the public key from it, so a
   * source that yields exactly these bytes gives this key's pair. Checked by a signature round trip.
   */
  static PublicKey publicOf(PrivateKey privateKey) {
    if (!(privateKey instanceof EdECPrivateKey ed) || ed.getBytes().isEmpty()
        || !"Ed25519".equalsIgnoreCase(ed.getParams().getName())) {
      throw new IllegalStateException("The audit export key must be an Ed25519 key");
    }
    byte[] seed = ed.getBytes().get();
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
      generator.initialize(NamedParameterSpec.ED25519, new SeedSource(seed));
      PublicKey publicKey = generator.generateKeyPair().getPublic();
      String probe = "casedesk audit export key check";
      if (!verify(publicKey, probe, sign(privateKey, probe))) {
        throw new IllegalStateException("Could not derive the public key of the audit export key");
      }
      return publicKey;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("This Java has no Ed25519", e);
    }
  }

  private static byte[] der(String pem, String label) {
    String text = pem.replace("\\n", "\n").trim();
    String begin = "-----BEGIN " + label + "-----";
    String end = "-----END " + label + "-----";
    int from = text.indexOf(begin);
    int to = text.indexOf(end);
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("No " + begin + " block");
    }
    return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
  }

  private static String pem(String label, byte[] der) {
    return "-----BEGIN " + label + "-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
        + "\n-----END " + label + "-----\n";
  }

  /** Yields the given bytes once: the private key the generator draws. */
  private static final class SeedSource extends SecureRandom {
    private final byte[] seed;
    private boolean used;

    SeedSource(byte[] seed) {
      this.seed = seed.clone();
    }

    @Override
    public void nextBytes(byte[] bytes) {
      if (used || bytes.length != seed.length) {
        throw new IllegalStateException("Unexpected draw of " + bytes.length + " bytes");
      }
      System.arraycopy(seed, 0, bytes, 0, seed.length);
      used = true;
    }
  }
}
