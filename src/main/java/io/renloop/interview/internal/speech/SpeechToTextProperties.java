package io.renloop.interview.internal.speech;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The speech-to-text service that transcribes answers' recordings for HR. Off while {@code base-url} is empty.
 * @param baseUrl the service's address before {@code /v1/audio/transcriptions}, e.g. {@code http://localhost:8000}
 * @param apiKey sent as a bearer token when set
 * @param model the model name the service expects
 * @param timeout how long one transcription may take
 */
@ConfigurationProperties("renloop.speech-to-text")
public record SpeechToTextProperties(@DefaultValue("") String baseUrl, @DefaultValue("") String apiKey,
		@DefaultValue("whisper-1") String model, @DefaultValue("60s") Duration timeout) {
}
