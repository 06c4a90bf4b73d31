package io.renloop.onboarding.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** PDF responses, never cached (they carry personal data). */
final class Pdfs {

	private Pdfs() {
	}

	static ResponseEntity<byte[]> inline(String name, byte[] pdf) {
		return response(ContentDisposition.inline().filename(name).build(), pdf);
	}

	static ResponseEntity<byte[]> attachment(String name, byte[] pdf) {
		return response(ContentDisposition.attachment().filename(name).build(), pdf);
	}

	private static ResponseEntity<byte[]> response(ContentDisposition disposition, byte[] pdf) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(pdf);
	}
}
