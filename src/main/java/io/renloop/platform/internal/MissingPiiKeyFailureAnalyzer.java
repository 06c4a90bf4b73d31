package io.renloop.platform.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a missing or unusable {@code RENLOOP_PII_KEY} in plain words instead of a stack trace. */
class MissingPiiKeyFailureAnalyzer extends AbstractFailureAnalyzer<MissingPiiKeyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingPiiKeyException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Set RENLOOP_PII_KEY to a base64 encoded 256-bit key (for example the output of "
						+ "`openssl rand -base64 32`), or start with RENLOOP_DEMO=true to try Renloop with a generated demo key.",
				cause);
	}
}
