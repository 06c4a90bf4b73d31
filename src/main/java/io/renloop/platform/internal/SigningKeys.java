package io.renloop.platform.internal;

import io.renloop.platform.PersonalDataCipher;
import io.renloop.platform.TenantAdministration;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signing key of each tenant: an EC P-256 key pair with a self-signed certificate (CN = the tenant's name),
 * generated on first use and stored in {@code platform.signing_key} with the private key sealed by the
 * installation's personal-data key. Plain SQL, so every statement names its tenant.
 */
@Component
class SigningKeys {

	private static final Duration VALIDITY = Duration.ofDays(3650);

	private final JdbcTemplate jdbc;

	private final PersonalDataCipher cipher;

	private final TenantAdministration tenants;

	private final Clock clock;

	SigningKeys(JdbcTemplate jdbc, PersonalDataCipher cipher, TenantAdministration tenants, Clock clock) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.tenants = tenants;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public TenantSigningKey of(String tenantId) {
		List<TenantSigningKey> stored = load(tenantId);
		if (!stored.isEmpty()) {
			return stored.get(0);
		}
		TenantSigningKey generated = generate(tenantId);
		jdbc.update("""
				insert into platform.signing_key (tenant_id, algorithm, private_key, certificate, created_at)
				values (?, ?, ?, ?, ?) on conflict (tenant_id) do nothing""", tenantId, "EC-P256",
				cipher.encrypt(Base64.getEncoder().encodeToString(generated.privateKey().getEncoded())),
				encoded(generated.certificate()), java.sql.Timestamp.from(clock.instant()));
		return load(tenantId).get(0);
	}

	private List<TenantSigningKey> load(String tenantId) {
		return jdbc.query("select private_key, certificate from platform.signing_key where tenant_id = ?",
				(rs, i) -> decode(rs.getBytes(1), rs.getBytes(2)), tenantId);
	}

	private TenantSigningKey decode(byte[] sealedKey, byte[] certificate) {
		try {
			byte[] pkcs8 = Base64.getDecoder().decode(cipher.decrypt(sealedKey));
			X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
				.generateCertificate(new ByteArrayInputStream(certificate));
			return new TenantSigningKey(KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(pkcs8)),
					cert);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The stored signing key cannot be read", ex);
		}
	}

	private TenantSigningKey generate(String tenantId) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
			KeyPair pair = generator.generateKeyPair();
			String name = tenants.tenant(tenantId).map(TenantAdministration.TenantView::name).orElse(tenantId);
			var subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, name)
				.addRDN(BCStyle.O, name)
				.addRDN(BCStyle.OU, "Renloop e-signature (" + tenantId + ")")
				.build();
			Instant now = clock.instant();
			X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
					new BigInteger(128, new SecureRandom()), Date.from(now.minus(Duration.ofDays(1))),
					Date.from(now.plus(VALIDITY)), subject, pair.getPublic());
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
			builder.addExtension(Extension.keyUsage, true,
					new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
			builder.addExtension(Extension.extendedKeyUsage, false,
					new ExtendedKeyUsage(KeyPurposeId.id_kp_emailProtection));
			var holder = builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate()));
			X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
				.generateCertificate(new ByteArrayInputStream(holder.getEncoded()));
			return new TenantSigningKey(pair.getPrivate(), certificate);
		}
		catch (GeneralSecurityException | OperatorCreationException | java.io.IOException ex) {
			throw new IllegalStateException("Cannot generate a signing key", ex);
		}
	}

	private static byte[] encoded(X509Certificate certificate) {
		try {
			return certificate.getEncoded();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
