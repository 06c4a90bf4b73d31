package io.renloop.openplatform.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Keeps webhook deliveries away from the installation's own network (server-side request forgery): a host is
 * resolved and every one of its addresses must be public, not loopback, link-local, private (RFC 1918, carrier-grade
 * NAT), unique-local, unspecified or multicast. Operators of on-premises receivers may allow private addresses;
 * unspecified and multicast addresses are never allowed. Checked when a subscription is made and again before every
 * connection, which then goes only to the addresses checked here (a name may resolve elsewhere by then).
 */
final class TargetGuard {

	/** Resolves a host name to its addresses (the JDK's resolver, or a fixed table in tests). */
	interface Resolver {
		InetAddress[] resolve(String host) throws UnknownHostException;
	}

	/** A host that does not resolve, or resolves to an address deliveries may not reach. */
	static final class RefusedTarget extends UnknownHostException {

		private final boolean resolved;

		RefusedTarget(String message, boolean resolved) {
			super(message);
			this.resolved = resolved;
		}

		/** Whether the host resolved (to an address that is not allowed) rather than not at all. */
		boolean resolved() {
			return resolved;
		}
	}

	private final boolean allowPrivate;

	private final Resolver resolver;

	TargetGuard(boolean allowPrivate, Resolver resolver) {
		this.allowPrivate = allowPrivate;
		this.resolver = resolver;
	}

	/** The host's addresses, every one of them allowed. */
	List<InetAddress> checkedAddresses(String host) throws RefusedTarget {
		InetAddress[] addresses;
		try {
			addresses = resolver.resolve(host);
		}
		catch (UnknownHostException ex) {
			throw new RefusedTarget("host does not resolve", false);
		}
		if (addresses == null || addresses.length == 0) {
			throw new RefusedTarget("host does not resolve", false);
		}
		for (InetAddress address : addresses) {
			if (!allowed(address)) {
				throw new RefusedTarget("address not allowed: " + address.getHostAddress(), true);
			}
		}
		return List.of(addresses);
	}

	boolean allowed(InetAddress address) {
		if (address.isAnyLocalAddress() || address.isMulticastAddress()) {
			return false;
		}
		return allowPrivate || !internal(address);
	}

	/** Loopback, link-local, private, carrier-grade NAT, "this network", benchmarking or unique-local. */
	static boolean internal(InetAddress address) {
		if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()) {
			return true;
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet4Address) {
			int first = bytes[0] & 0xff;
			int second = bytes[1] & 0xff;
			return first == 0 || first == 127 || (first == 100 && second >= 64 && second < 128)
					|| (first == 198 && (second == 18 || second == 19)) || (first == 169 && second == 254);
		}
		if (address instanceof Inet6Address) {
			// fc00::/7 unique-local; an IPv4 address embedded in ::ffff:0:0/96 is judged as IPv4
			if ((bytes[0] & 0xfe) == 0xfc) {
				return true;
			}
			if (ipv4Mapped(bytes)) {
				try {
					byte[] v4 = { bytes[12], bytes[13], bytes[14], bytes[15] };
					return internal(InetAddress.getByAddress(v4));
				}
				catch (UnknownHostException ex) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean ipv4Mapped(byte[] bytes) {
		for (int i = 0; i < 10; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
	}
}
