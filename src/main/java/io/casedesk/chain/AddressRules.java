package io.casedesk.chain;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bitcoinj.base.Base58;
import org.bitcoinj.base.BitcoinNetwork;
import org.bitcoinj.base.LegacyAddress;
import org.bitcoinj.base.SegwitAddress;
import org.bitcoinj.base.exceptions.AddressFormatException;
import org.bouncycastle.crypto.digests.KeccakDigest;
import org.springframework.stereotype.Component;

/**
 * Whether an address can receive funds on a chain, with a reason a customer can act on when it
 * cannot. The cryptography comes from well-kept libraries: bitcoinj for Base58Check, Bech32 and
 * Bech32m with their network checks, Bouncy Castle's Keccak-256 for EIP-55 checksums.
 */
@Component
public class AddressRules {

  private static final Pattern EVM = Pattern.compile("0x[0-9a-fA-F]{40}");
  private static final String XRP_ALPHABET = "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz";
  private static final String BITCOIN_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  private static final Pattern XRP_TAG = Pattern.compile("\\d{1,10}");

  private final ChainSettings settings;

  AddressRules(ChainSettings settings) {
    this.settings = settings;
  }

  /** Why the address cannot receive funds on the chain, or empty when it can. */
  public Optional<String> problem(Chain chain, String address) {
    if (address == null || address.isBlank()) {
      return Optional.of("Enter the address.");
    }
    String a = address.trim();
    return switch (chain.family()) {
      case EVM -> evm(a);
      case BITCOIN -> bitcoin(a, network(chain));
      case TRON -> tron(a);
      case XRP -> xrp(a);
      case STELLAR -> stellar(a);
    };
  }

  /**
   * One spelling per address, for an address without {@link #problem problem}: EVM addresses in their
   * EIP-55 checksummed form, Bech32 addresses in lower case (both are case-insensitive), every other
   * format as it is, trimmed.
   */
  public String canonical(Chain chain, String address) {
    String a = address.trim();
    if (chain.family() == Chain.Family.EVM) {
      return eip55(a.substring(2));
    }
    String lower = a.toLowerCase(Locale.ROOT);
    boolean bech32 = chain.family() == Chain.Family.BITCOIN && (lower.startsWith("bc1") || lower.startsWith("tb1") || lower.startsWith("bcrt1"));
    return bech32 ? lower : a;
  }

  /** Why the memo or tag is not acceptable on the chain, or empty when it is. */
  public Optional<String> memoProblem(Chain chain, String memo) {
    boolean missing = memo == null || memo.isBlank();
    if (chain.memoRequired() && missing) {
      return Optional.of(chain + " deposits need the " + (chain == Chain.XRP ? "destination tag" : "memo")
          + " shown on your deposit page; without it the deposit cannot be matched to your account.");
    }
    if (missing) {
      return Optional.empty();
    }
    if (chain == Chain.XRP && (!XRP_TAG.matcher(memo).matches() || Long.parseLong(memo) > 0xFFFF_FFFFL)) {
      return Optional.of("An XRP destination tag is a whole number from 0 to 4294967295.");
    }
    if (chain == Chain.STELLAR && memo.getBytes(StandardCharsets.UTF_8).length > 28) {
      return Optional.of("A Stellar text memo has at most 28 bytes.");
    }
    if (!chain.memoRequired()) {
      return Optional.of(chain + " deposits take no memo; leave it empty.");
    }
    return Optional.empty();
  }

  private BitcoinNetwork network(Chain chain) {
    ChainSettings.Settings chainSettings = settings.getChains().get(chain);
    String name = chainSettings == null ? "mainnet" : chainSettings.getNetwork();
    return BitcoinNetwork.fromString(name).orElseThrow(() -> new IllegalStateException("Unknown Bitcoin network " + name));
  }

  static Optional<String> evm(String address) {
    if (!EVM.matcher(address).matches()) {
      return Optional.of("An address on this network is 0x followed by 40 hexadecimal characters.");
    }
    String hex = address.substring(2);
    boolean mixedCase = !hex.equals(hex.toLowerCase(Locale.ROOT)) && !hex.equals(hex.toUpperCase(Locale.ROOT));
    if (mixedCase && !eip55(hex).equals(address)) {
      return Optional.of("The address has a wrong checksum (EIP-55): a character or its capitalisation is wrong. Copy it again from your wallet.");
    }
    return Optional.empty();
  }

  /** The EIP-55 checksummed form of a 40-character hex address. */
  static String eip55(String hex) {
    String lower = hex.toLowerCase(Locale.ROOT);
    KeccakDigest keccak = new KeccakDigest(256);
    byte[] input = lower.getBytes(StandardCharsets.US_ASCII);
    keccak.update(input, 0, input.length);
    byte[] hash = new byte[32];
    keccak.doFinal(hash, 0);
    String hashHex = HexFormat.of().formatHex(hash);
    StringBuilder result = new StringBuilder("0x");
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      result.append(Character.digit(hashHex.charAt(i), 16) >= 8 ? Character.toUpperCase(c) : c);
    }
    return result.toString();
  }

  static Optional<String> bitcoin(String address, BitcoinNetwork network) {
    String lower = address.toLowerCase(Locale.ROOT);
    int separator = lower.lastIndexOf('1');
    boolean segwit = lower.startsWith("bc1") || lower.startsWith("tb1") || lower.startsWith("bcrt1");
    try {
      if (segwit) {
        if (!lower.substring(0, separator).equals(network.segwitAddressHrp())) {
          return Optional.of("This is an address of another Bitcoin network; send a " + network + " address.");
        }
        SegwitAddress.fromBech32(address, network);
      } else {
        LegacyAddress.fromBase58(address, network);
      }
      return Optional.empty();
    } catch (AddressFormatException.WrongNetwork e) {
      return Optional.of("This is an address of another Bitcoin network; send a " + network + " address.");
    } catch (AddressFormatException.InvalidChecksum e) {
      return Optional.of("The address has a wrong checksum: a character is wrong. Copy it again from your wallet.");
    } catch (AddressFormatException e) {
      return Optional.of("This is not a Bitcoin address (legacy 1…/3… or SegWit bc1…).");
    }
  }

  static Optional<String> tron(String address) {
    if (!address.startsWith("T") || address.length() != 34) {
      return Optional.of("A TRON address starts with T and has 34 characters.");
    }
    return base58Check(address, 0x41, "TRON");
  }

  static Optional<String> xrp(String address) {
    if (!address.startsWith("r") || address.length() < 25 || address.length() > 35) {
      return Optional.of("An XRP address starts with r and has 25 to 35 characters.");
    }
    StringBuilder translated = new StringBuilder();
    for (char c : address.toCharArray()) {
      int index = XRP_ALPHABET.indexOf(c);
      if (index < 0) {
        return Optional.of("The address contains a character XRP addresses never use: " + c);
      }
      translated.append(BITCOIN_ALPHABET.charAt(index));
    }
    return base58Check(translated.toString(), 0x00, "XRP");
  }

  private static Optional<String> base58Check(String address, int version, String chain) {
    try {
      byte[] payload = Base58.decodeChecked(address);
      if (payload.length != 21 || (payload[0] & 0xff) != version) {
        return Optional.of("This is not a " + chain + " account address.");
      }
      return Optional.empty();
    } catch (AddressFormatException e) {
      return Optional.of("The address has a wrong checksum: a character is wrong. Copy it again from your wallet.");
    }
  }

  static Optional<String> stellar(String address) {
    if (!address.matches("G[A-Z2-7]{55}")) {
      return Optional.of("A Stellar account address starts with G and has 56 characters (A–Z, 2–7).");
    }
    byte[] raw = base32(address);
    int crc = crc16Xmodem(raw, raw.length - 2);
    int stored = (raw[raw.length - 2] & 0xff) | ((raw[raw.length - 1] & 0xff) << 8);
    if (raw[0] != (byte) (6 << 3) || crc != stored) {
      return Optional.of("The address has a wrong checksum: a character is wrong. Copy it again from your wallet.");
    }
    return Optional.empty();
  }

  private static byte[] base32(String text) {
    byte[] out = new byte[text.length() * 5 / 8];
    int buffer = 0;
    int bits = 0;
    int index = 0;
    for (char c : text.toCharArray()) {
      int value = c >= 'A' && c <= 'Z' ? c - 'A' : c - '2' + 26;
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        out[index++] = (byte) (buffer >> (bits - 8));
        bits -= 8;
      }
    }
    return out;
  }

  /** CRC-16/XMODEM, the checksum of Stellar's StrKey encoding (not a cryptographic hash). */
  private static int crc16Xmodem(byte[] data, int length) {
    int crc = 0;
    for (int i = 0; i < length; i++) {
      crc ^= (data[i] & 0xff) << 8;
      for (int bit = 0; bit < 8; bit++) {
        crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
        crc &= 0xffff;
      }
    }
    return crc;
  }
}
