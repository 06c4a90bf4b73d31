package io.renloop.interview.internal;

import io.renloop.interview.AnswerRecordings;
import io.renloop.interview.QuestionBank;
import io.renloop.interview.RecordingView;
import io.renloop.interview.SpeechToText;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.SystemActor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores answers' recordings for human review and shows them to HR. The candidate's upload is checked like a
 * typed answer (consent, not submitted, within the question's time), then for size, length and content.
 */
@Service
class DefaultAnswerRecordings implements AnswerRecordings {

	static final String ENTITY = "AnswerAudio";

	private final InterviewLinks links;

	private final InterviewSessionRepository sessions;

	private final SessionAnswerRepository answers;

	private final AnswerAudioRepository recordings;

	private final SealedAudio sealed;

	private final AudioContentType types;

	private final QuestionBank bank;

	private final ObjectProvider<SpeechToText> speechToText;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DefaultAnswerRecordings(InterviewLinks links, InterviewSessionRepository sessions, SessionAnswerRepository answers,
			AnswerAudioRepository recordings, SealedAudio sealed, AudioContentType types, QuestionBank bank,
			ObjectProvider<SpeechToText> speechToText, ApplicationEventPublisher events, AuditTrail audit,
			TransactionTemplate transactions, Clock clock) {
		this.links = links;
		this.sessions = sessions;
		this.answers = answers;
		this.recordings = recordings;
		this.sealed = sealed;
		this.types = types;
		this.bank = bank;
		this.speechToText = speechToText;
		this.events = events;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public Recorded upload(String token, UUID questionId, AudioUpload upload) {
		return inSession(token, session -> {
			SessionAnswer answer = DefaultCandidateInterviews.open(session,
					answers.findBySessionIdOrderByPosition(session.id()), questionId);
			Instant now = clock.instant();
			answer.start(now);
			if (now.isAfter(answer.deadline(DefaultCandidateInterviews.GRACE_SECONDS))) {
				throw new BusinessRuleException("interview.answer.late", answer.timeLimitSeconds());
			}
			byte[] content = upload.content();
			if (content == null || content.length == 0) {
				throw InvalidFieldsException.of("file", "interview.audio.empty");
			}
			if (content.length > MAX_BYTES) {
				throw new BusinessRuleException(413, "interview.audio.tooLarge", MAX_BYTES / (1024 * 1024));
			}
			refuseTooLong(upload.durationSeconds(), answer, now);
			String contentType = types.of(content, upload.declaredType());
			boolean transcribe = speechToText.getIfAvailable() != null;
			AnswerAudio audio = recordings.findBySessionIdAndQuestionId(session.id(), questionId)
				.orElseGet(() -> new AnswerAudio(session.id(), questionId, session.candidateId()));
			audio.record(contentType, content.length, upload.durationSeconds(), sealed.seal(content), transcribe, now);
			recordings.save(audio);
			Map<String, Object> after = new LinkedHashMap<>();
			after.put("sessionId", session.id());
			after.put("questionId", questionId);
			after.put("contentType", contentType);
			after.put("sizeBytes", content.length);
			after.put("durationSeconds", upload.durationSeconds());
			audit.recordChange("RECORD", ENTITY, audio.id(), null, after);
			if (transcribe) {
				events.publishEvent(new AnswerAudioRecorded(session.tenantId(), audio.id(), audio.recordedAt(),
						bank.get(questionId).language()));
			}
			return new Recorded(questionId, contentType, content.length, upload.durationSeconds(), now);
		});
	}

	@Override
	@Transactional
	public AudioContent audio(UUID sessionId, UUID questionId) {
		requireSession(sessionId);
		AnswerAudio audio = recordings.findBySessionIdAndQuestionId(sessionId, questionId)
			.orElseThrow(() -> new NotFoundException(ENTITY, questionId));
		audit.recordSensitiveRead(ENTITY, audio.id(), "audio");
		return new AudioContent(audio.contentType(), sealed.open(audio.sealedAudio()));
	}

	@Override
	@Transactional
	public List<RecordingView> ofSession(UUID sessionId) {
		requireSession(sessionId);
		Map<UUID, AnswerAudioRepository.Listed> listed = new LinkedHashMap<>();
		recordings.findListedBySessionId(sessionId).forEach(r -> listed.put(r.getQuestionId(), r));
		if (listed.isEmpty()) {
			return List.of();
		}
		List<RecordingView> views = answers.findBySessionIdOrderByPosition(sessionId)
			.stream()
			.filter(a -> listed.containsKey(a.questionId()))
			.map(a -> view(a, listed.get(a.questionId())))
			.toList();
		if (views.stream().anyMatch(v -> v.transcript() != null)) {
			audit.recordSensitiveRead(DefaultInterviewSessions.ENTITY, sessionId, "transcripts");
		}
		return views;
	}

	private RecordingView view(SessionAnswer answer, AnswerAudioRepository.Listed audio) {
		String transcript = audio.getSealedTranscript() == null ? null : sealed.openText(audio.getSealedTranscript());
		return new RecordingView(answer.questionId(), answer.position(), bank.get(answer.questionId()).text(),
				answer.text(), audio.getContentType(), audio.getSizeBytes(), audio.getDurationSeconds(),
				audio.getRecordedAt(), audio.getTranscriptStatus(), transcript, audio.getTranscriptFailure());
	}

	/**
	 * A recording cannot be longer than the question's time limit, nor than the time since the question was shown
	 * (each with the grace period): the recorder's own length is checked against both.
	 */
	private static void refuseTooLong(Integer durationSeconds, SessionAnswer answer, Instant now) {
		if (durationSeconds == null) {
			return;
		}
		long grace = DefaultCandidateInterviews.GRACE_SECONDS;
		long shownFor = Duration.between(answer.startedAt(), now).toSeconds() + grace;
		if (durationSeconds < 0 || durationSeconds > answer.timeLimitSeconds() + grace || durationSeconds > shownFor) {
			throw new BusinessRuleException(413, "interview.audio.tooLong", answer.timeLimitSeconds());
		}
	}

	private void requireSession(UUID sessionId) {
		if (!sessions.existsById(sessionId)) {
			throw new NotFoundException(DefaultInterviewSessions.ENTITY, sessionId);
		}
	}

	/** The session of a valid token, in a transaction as its tenant; an expired session is gone (410). */
	private <T> T inSession(String token, Function<InterviewSession, T> work) {
		InterviewLinks.Link link = links.verify(token);
		return SystemActor.callAs(link.tenantId(), () -> transactions.execute(status -> {
			InterviewSession session = sessions.findById(link.sessionId())
				.orElseThrow(() -> new BusinessRuleException(404, "interview.link.invalid"));
			if (!clock.instant().isBefore(session.expiresAt())) {
				throw new BusinessRuleException(410, "interview.link.expired");
			}
			return work.apply(session);
		}));
	}
}
