package io.renloop.onboarding;

import static io.renloop.support.DemoData.ACME;
import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.onboarding.OfferFixtures.Application;
import io.renloop.platform.DocumentSigning;
import io.renloop.platform.SignatureVerification;
import io.renloop.platform.SignatureVerifier;
import io.renloop.platform.DevOutbox;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.workflow.ApprovalOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * An offer accepted on the candidate's side ends in a PDF with a PAdES signature that an independent check (PDFBox
 * with Bouncy Castle, and poppler's {@code pdfsig} when installed) reports valid and complete; a changed byte makes
 * it invalid; another tenant reaches none of it.
 */
@RenloopIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignedOfferTests {

	static final Path PDFSIG = Path.of("/usr/bin/pdfsig");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	DevOutbox outbox;

	@Autowired
	DocumentSigning signer;

	@Autowired
	RecordedOfferEvents recorded;

	SignatureVerifier verifier = new SignatureVerifier();

	ApiClient hr;

	String offerId;

	byte[] signed;

	@BeforeAll
	void signAnOffer() {
		hr = ApiClient.as(port, "hr@demo.example");
		DemoData data = new DemoData(jdbc);
		Application application = OfferFixtures.applicationInInterviews(hr,
				OfferFixtures.newSlot(hr, data, DEMO, "PROD", "MINING", 2), "欧阳明远");
		offerId = OfferFixtures.makeOffer(hr, application, OfferFixtures.terms(15800)).get("id").asString();
		String token = OfferFixtures.token(OfferFixtures.decide(events, transactions, hr, DEMO, offerId,
				ApprovalOutcome.APPROVED, "同意"));
		ApiClient candidate = ApiClient.anonymous(port);
		assertThat(candidate.post("/api/v1/candidate-offers/" + token + "/accept", null).status()).isEqualTo(200);
		String code = OfferFixtures.mailedCode(outbox, DEMO, application.email());
		long start = System.nanoTime();
		ApiClient.Response confirmed = candidate.send("POST", "/api/v1/candidate-offers/" + token + "/confirm",
				Map.of("code", code));
		long confirmMillis = (System.nanoTime() - start) / 1_000_000;
		assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
		ApiClient.Binary pdf = hr.getBinary("/api/v1/offers/" + offerId + "/signed.pdf");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.contentType()).startsWith("application/pdf");
		signed = pdf.body();
		System.out.printf("Offer confirmation (render, record page, PAdES signature, store) took %d ms; signed PDF %d bytes%n",
				confirmMillis, signed.length);
	}

	@Test
	void signedPdfVerifiesWithTheTenantsCertificate() {
		SignatureVerification verification = verifier.verify(signed);
		assertThat(verification.valid()).as(verification.problem()).isTrue();
		assertThat(verification.subFilter()).isEqualTo("ETSI.CAdES.detached");
		assertThat(verification.certificate()).isEqualTo(signer.certificate(DEMO));
		assertThat(verification.certificate().getSubjectX500Principal().getName()).contains("CN=");
		assertThat(verification.name()).isEqualTo("欧阳明远");
		assertThat(verification.reason()).contains(offerId).contains("SHA-256");
	}

	@Test
	void signatureRecordPageCarriesTheAcceptance() throws IOException {
		try (PDDocument document = Loader.loadPDF(signed)) {
			PDFTextStripper stripper = new PDFTextStripper();
			String all = stripper.getText(document);
			assertThat(all).contains("录用通知书", "欧阳明远", "15,800.00");
			stripper.setStartPage(document.getNumberOfPages());
			String record = stripper.getText(document);
			assertThat(record).contains("电子签署记录", "Signature record", "欧阳明远", offerId, "IP");
			PDFont font = document.getPage(0).getResources().getFont(
					document.getPage(0).getResources().getFontNames().iterator().next());
			assertThat(font.isEmbedded()).isTrue();
			assertThat(font.getName()).matches("[A-Z]{6}\\+.*");
		}
	}

	@Test
	void oneChangedByteMakesTheSignatureInvalid() {
		byte[] tampered = tamper(signed);
		SignatureVerification verification = verifier.verify(tampered);
		assertThat(verification.valid()).isFalse();
		assertThat(verification.cryptographicallyValid()).isFalse();
	}

	@Test
	void appendedBytesAreNotCoveredBySignature() {
		byte[] longer = java.util.Arrays.copyOf(signed, signed.length + 10);
		System.arraycopy("\n%extra\n".getBytes(StandardCharsets.US_ASCII), 0, longer, signed.length, 8);
		assertThat(verifier.verify(longer).coversWholeDocument()).isFalse();
		assertThat(verifier.verify(longer).valid()).isFalse();
	}

	@Test
	void pdfsigReportsTheSignatureValidAndTheTamperedCopyInvalid() throws Exception {
		org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(PDFSIG), "poppler's pdfsig is not installed");
		String report = pdfsig(signed);
		assertThat(report).contains("Signature Validation: Signature is Valid.").contains("Total document signed");
		assertThat(pdfsig(tamper(signed))).doesNotContain("Signature is Valid.");
	}

	@Test
	void anotherTenantReachesNeitherTheOfferNorItsDocuments() {
		ApiClient acme = ApiClient.as(port, "hr@acme.example");
		assertProblem(acme.get("/api/v1/offers/" + offerId), 404);
		assertProblem(acme.get("/api/v1/offers/" + offerId + "/preview.pdf"), 404);
		assertProblem(acme.get("/api/v1/offers/" + offerId + "/signed.pdf"), 404);
		assertProblem(acme.post("/api/v1/offers/" + offerId + "/withdraw", null), 404);
		assertThat(signer.certificate(ACME)).isNotEqualTo(signer.certificate(DEMO));
	}

	@Test
	void confirmationPublishesOfferAcceptedWithTheAgreedTerms() {
		assertThat(recorded.acceptedOf(java.util.UUID.fromString(offerId))).singleElement().satisfies(event -> {
			assertThat(event.tenantId()).isEqualTo(DEMO);
			assertThat(event.monthlySalary()).isEqualByComparingTo("15800");
			assertThat(event.probationMonths()).isEqualTo(3);
			assertThat(event.startDate()).isEqualTo(java.time.LocalDate.now().plusDays(30));
		});
	}

	@Test
	void signedOfferIsRecordedAndTheCandidateCanDownloadIt() {
		JsonNode offer = hr.get("/api/v1/offers/" + offerId).json();
		assertThat(offer.get("status").asString()).isEqualTo("SIGNED");
		assertThat(offer.get("signed").asBoolean()).isTrue();
		String token = OfferFixtures.token(offer);
		assertThat(ApiClient.anonymous(port).getBinary("/api/v1/candidate-offers/" + token + "/offer.pdf").body())
			.isEqualTo(signed);
		assertThat(jdbc.queryForList("select action from platform.audit_event where entity_id = ? order by id",
				String.class, offerId)).contains("CREATE", "APPROVAL_APPROVED", "ACCEPT", "SIGN");
	}

	/** One byte of the PDF header's binary comment changed: inside the first signed range, still a readable PDF. */
	static byte[] tamper(byte[] pdf) {
		byte[] copy = pdf.clone();
		int newline = 0;
		while (copy[newline] != '\n') {
			newline++;
		}
		copy[newline + 2] ^= 0x01;
		return copy;
	}

	static String pdfsig(byte[] pdf) throws Exception {
		Path file = Files.createTempFile("offer", ".pdf");
		try {
			Files.write(file, pdf);
			Process process = new ProcessBuilder(List.of(PDFSIG.toString(), file.toString())).redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
			return output;
		}
		finally {
			Files.deleteIfExists(file);
		}
	}
}
