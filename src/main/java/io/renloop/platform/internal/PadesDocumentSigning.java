package io.renloop.platform.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import io.renloop.platform.DocumentSigning;
import io.renloop.platform.SigningRecord;
import org.springframework.stereotype.Service;

/**
 * Signs PDFs with the tenant's key: a PAdES B-B signature ({@code ETSI.CAdES.detached}) added in an incremental
 * update, so the signature covers the whole file.
 */
@Service
class PadesDocumentSigning implements DocumentSigning {

	private static final COSName CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");

	private final SigningKeys keys;

	PadesDocumentSigning(SigningKeys keys) {
		this.keys = keys;
	}

	@Override
	public byte[] sign(byte[] pdf, String tenantId, SigningRecord record) {
		TenantSigningKey key = keys.of(tenantId);
		try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
			PDSignature signature = new PDSignature();
			signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
			signature.setSubFilter(CADES_DETACHED);
			signature.setName(record.signerName());
			signature.setReason(record.reason());
			signature.setLocation(record.ipAddress());
			signature.setContactInfo(record.verification());
			signature.setSignDate(GregorianCalendar.from(record.signedAt().atZone(ZoneOffset.UTC)));
			options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE);
			document.addSignature(signature, new CadesSignature(key), options);
			ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 20_000);
			document.saveIncremental(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot sign the PDF", ex);
		}
	}

	@Override
	public X509Certificate certificate(String tenantId) {
		return keys.of(tenantId).certificate();
	}
}
