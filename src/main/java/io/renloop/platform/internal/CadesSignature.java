package io.renloop.platform.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The CMS of a PAdES B-B signature ({@code ETSI.CAdES.detached}): detached, SHA-256, with the signing-certificate-v2
 * attribute and without a signing-time attribute (PAdES takes the time from the signature dictionary).
 */
class CadesSignature implements SignatureInterface {

	private final TenantSigningKey key;

	CadesSignature(TenantSigningKey key) {
		this.key = key;
	}

	@Override
	public byte[] sign(InputStream content) throws IOException {
		try {
			var signer = new JcaContentSignerBuilder(key.signatureAlgorithm()).build(key.privateKey());
			var infoBuilder = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build());
			infoBuilder.setSignedAttributeGenerator(new WithoutSigningTime(signingCertificateV2()));
			CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
			generator.addSignerInfoGenerator(infoBuilder.build(signer, key.certificate()));
			generator.addCertificates(new JcaCertStore(List.of(key.certificate())));
			return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
		}
		catch (GeneralSecurityException | OperatorCreationException | CMSException ex) {
			throw new IOException("Cannot sign the document", ex);
		}
	}

	private AttributeTable signingCertificateV2() throws GeneralSecurityException {
		byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.certificate().getEncoded());
		ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash);
		ASN1EncodableVector attributes = new ASN1EncodableVector();
		attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
				new DERSet(new SigningCertificateV2(new ESSCertIDv2[] { id }))));
		return new AttributeTable(attributes);
	}

	/** The standard signed attributes (content type, message digest, algorithm protection) minus signing time. */
	private static final class WithoutSigningTime implements CMSAttributeTableGenerator {

		private final DefaultSignedAttributeTableGenerator standard;

		WithoutSigningTime(AttributeTable extra) {
			this.standard = new DefaultSignedAttributeTableGenerator(extra);
		}

		@Override
		@SuppressWarnings({ "rawtypes", "unchecked" })
		public AttributeTable getAttributes(Map parameters) {
			Hashtable table = standard.getAttributes(parameters).toHashtable();
			table.remove(CMSAttributes.signingTime);
			return new AttributeTable(table);
		}
	}
}
