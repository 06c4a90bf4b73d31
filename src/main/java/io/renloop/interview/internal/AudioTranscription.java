package io.renloop.interview.internal;

import io.renloop.interview.SpeechToText;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.SystemActor;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Transcribes recordings one at a time in the background once their upload committed. The outside call runs
 * outside any transaction; its result, or the reason it failed, is stored afterwards. A failure of the service
 * never reaches the candidate: the transcript is then FAILED with the reason, for HR to see.
 */
@Component
class AudioTranscription implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(AudioTranscription.class);

	private final ObjectProvider<SpeechToText> speechToText;

	private final AnswerAudioRepository recordings;

	private final SealedAudio sealed;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "speech-to-text");
		thread.setDaemon(true);
		return thread;
	});

	AudioTranscription(ObjectProvider<SpeechToText> speechToText, AnswerAudioRepository recordings,
			SealedAudio sealed, AuditTrail audit, TransactionTemplate transactions, Clock clock) {
		this.speechToText = speechToText;
		this.recordings = recordings;
		this.sealed = sealed;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	@TransactionalEventListener
	void on(AnswerAudioRecorded recorded) {
		worker.execute(() -> {
			try {
				SystemActor.runAs(recorded.tenantId(), () -> transcribe(recorded));
			}
			catch (RuntimeException ex) {
				log.error("Transcription of recording {} could not be stored", recorded.audioId(), ex);
			}
		});
	}

	private void transcribe(AnswerAudioRecorded recorded) {
		SpeechToText service = speechToText.getIfAvailable();
		Audio audio = transactions.execute(status -> recordings.findById(recorded.audioId())
			.filter(a -> a.recordedAt().equals(recorded.recordedAt()))
			.map(a -> new Audio(sealed.open(a.sealedAudio()), a.contentType()))
			.orElse(null));
		if (audio == null || service == null) {
			return;
		}
		String text = null;
		String failure = null;
		try {
			text = service.transcribe(audio.content(), audio.contentType(), recorded.language());
		}
		catch (RuntimeException ex) {
			failure = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
			log.warn("Transcription of recording {} failed: {}", recorded.audioId(), failure);
		}
		store(recorded, text, failure);
	}

	private void store(AnswerAudioRecorded recorded, String text, String failure) {
		transactions.executeWithoutResult(status -> recordings.findById(recorded.audioId()).ifPresent(audio -> {
			boolean stored = failure == null
					? audio.transcribed(recorded.recordedAt(), sealed.sealText(text == null ? "" : text), clock.instant())
					: audio.transcriptionFailed(recorded.recordedAt(), failure, clock.instant());
			if (stored) {
				audit.recordChange("TRANSCRIBE", DefaultAnswerRecordings.ENTITY, audio.id(), null,
						Map.of("status", audio.transcriptStatus()));
			}
		}));
	}

	@Override
	public void destroy() throws InterruptedException {
		worker.shutdownNow();
		worker.awaitTermination(5, TimeUnit.SECONDS);
	}

	private record Audio(byte[] content, String contentType) {
	}
}
