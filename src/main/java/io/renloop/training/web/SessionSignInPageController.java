package io.renloop.training.web;

import io.renloop.training.Catalogue;
import io.renloop.training.Catalogue.SessionView;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The trainer's screen for a classroom session: its sign-in QR code, large enough to be scanned across the room. The
 * code carries the session's token, so only training administrators and trainers see it.
 */
@Controller
class SessionSignInPageController {

	private final Catalogue catalogue;

	private final SignInQrCodes codes;

	SessionSignInPageController(Catalogue catalogue, SignInQrCodes codes) {
		this.catalogue = catalogue;
		this.codes = codes;
	}

	@GetMapping("/training/sessions/{id}/sign-in")
	@PreAuthorize("hasAuthority('TRAINING_ADMIN')")
	String screen(@PathVariable UUID id, Model model) {
		SessionView session = catalogue.session(id);
		model.addAttribute("classroom", session);
		model.addAttribute("course", catalogue.course(session.courseId()));
		model.addAttribute("signInUrl", codes.url(session.signInToken()));
		return "training/session-sign-in";
	}

	/** The QR code image; never cached, as the token in it is a credential of presence. */
	@GetMapping(path = "/training/sessions/{id}/sign-in.png", produces = MediaType.IMAGE_PNG_VALUE)
	@PreAuthorize("hasAuthority('TRAINING_ADMIN')")
	ResponseEntity<byte[]> qrCode(@PathVariable UUID id) {
		SessionView session = catalogue.session(id);
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.IMAGE_PNG)
			.body(codes.png(codes.url(session.signInToken())));
	}
}
