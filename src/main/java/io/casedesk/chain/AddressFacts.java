package io.casedesk.chain;

import java.time.Instant;

/**
 * What a chain tells about an address: whether it is a contract (funds sent to a token contract by
 * mistake are a classic case), how many transactions it has, and when it was first seen, where the
 * node can tell (plain JSON-RPC nodes keep no address index: then {@code firstSeen} is null).
 */
public record AddressFacts(boolean contract, long transactions, Instant firstSeen) {}
