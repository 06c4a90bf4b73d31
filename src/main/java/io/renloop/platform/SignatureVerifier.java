package io.renloop.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.springframework.stereotype.Component;

/**
 * Checks the (last) signature of a PDF independently of how it was made: parses the CMS over the signature's
 * byte ranges, verifies it against the embedded signer certificate, checks that the ranges cover the whole file
 * and that the signing-certificate-v2 attribute names that certificate.
 */
@Component
public class SignatureVerifier {

	public SignatureVerification verify(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<PDSignature> signatures = document.getSignatureDictionaries();
			if (signatures.isEmpty()) {
				return SignatureVerification.invalid("no signature");
			}
			PDSignature signature = signatures.get(signatures.size() - 1);
			int[] range = signature.getByteRange();
			boolean whole = range.length == 4 && range[0] == 0 && range[1] < range[2]
					&& (long) range[2] + range[3] == pdf.length;
			CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
					signature.getContents(pdf));
			SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
			@SuppressWarnings("unchecked")
			X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates()
				.getMatches(signer.getSID())
				.iterator()
				.next();
			boolean valid;
			String problem = null;
			try {
				valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder));
			}
			catch (Exception ex) {
				valid = false;
				problem = ex.getMessage();
			}
			boolean bound = namesCertificate(signer, holder);
			if (problem == null && !(valid && whole && bound)) {
				problem = !valid ? "signature does not verify" : !whole ? "the signature does not cover the whole file"
						: "no signing-certificate-v2 for the signer";
			}
			return new SignatureVerification(true, valid, whole, bound, certificate(holder),
					signature.getSubFilter(), signature.getName(), signature.getReason(), signature.getSignDate(),
					problem);
		}
		catch (Exception ex) {
			return SignatureVerification.invalid("unreadable: " + ex.getMessage());
		}
	}

	private static boolean namesCertificate(SignerInformation signer, X509CertificateHolder holder)
			throws IOException, java.security.NoSuchAlgorithmException {
		if (signer.getSignedAttributes() == null) {
			return false;
		}
		var attribute = signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
		if (attribute == null) {
			return false;
		}
		SigningCertificateV2 value = SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0));
		byte[] expected = MessageDigest.getInstance("SHA-256").digest(holder.getEncoded());
		return Arrays.stream(value.getCerts()).anyMatch(id -> MessageDigest.isEqual(id.getCertHash(), expected));
	}

	private static X509Certificate certificate(X509CertificateHolder holder) throws Exception {
		return (X509Certificate) CertificateFactory.getInstance("X.509")
			.generateCertificate(new ByteArrayInputStream(holder.getEncoded()));
	}
}
