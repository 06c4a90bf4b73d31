package io.renloop.interview.internal.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.renloop.interview.SpeechToTextException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP adapter against a local stub of {@code /v1/audio/transcriptions}: the multipart request it sends, the
 * text it reads back, and a clear failure for every way the service can let it down.
 */
class OpenAiCompatibleSpeechToTextTests {

	static final byte[] AUDIO = "OggS fake opus bytes".getBytes(StandardCharsets.US_ASCII);

	HttpServer server;

	final AtomicReference<Captured> captured = new AtomicReference<>();

	volatile int status = 200;

	volatile String answer = "{\"text\": \" 我会立即停止作业。 \"}";

	volatile long delayMillis = 0;

	@BeforeEach
	void stub() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/v1/audio/transcriptions", exchange -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			captured.set(new Captured(exchange.getRequestMethod(), exchange.getRequestHeaders().getFirst("Content-Type"),
					exchange.getRequestHeaders().getFirst("Authorization"), new String(body, StandardCharsets.UTF_8)));
			sleep(delayMillis);
			byte[] response = answer.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(status, response.length);
			exchange.getResponseBody().write(response);
			exchange.close();
		});
		server.start();
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	OpenAiCompatibleSpeechToText adapter(String apiKey, Duration timeout) {
		String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
		return new OpenAiCompatibleSpeechToText(new SpeechToTextProperties(base, apiKey, "whisper-small", timeout),
				JsonMapper.builder().build());
	}

	@Test
	void sendsTheAudioModelAndLanguageAsMultipartAndReadsTheText() {
		String text = adapter("secret-key", Duration.ofSeconds(5)).transcribe(AUDIO, "audio/ogg", "zh");

		assertThat(text).isEqualTo("我会立即停止作业。");
		Captured request = captured.get();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.authorization()).isEqualTo("Bearer secret-key");
		assertThat(request.contentType()).startsWith("multipart/form-data; boundary=");
		String boundary = request.contentType().substring(request.contentType().indexOf("boundary=") + 9);
		assertThat(request.body())
			.contains("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"answer.ogg\"\r\n"
					+ "Content-Type: audio/ogg\r\n\r\nOggS fake opus bytes\r\n")
			.contains("name=\"model\"\r\n\r\nwhisper-small\r\n")
			.contains("name=\"language\"\r\n\r\nzh\r\n")
			.endsWith("--" + boundary + "--\r\n");
	}

	@Test
	void withoutAKeyNoAuthorizationIsSent() {
		adapter("", Duration.ofSeconds(5)).transcribe(AUDIO, "audio/webm", "en");
		assertThat(captured.get().authorization()).isNull();
		assertThat(captured.get().body()).contains("filename=\"answer.webm\"");
	}

	@Test
	void anErrorStatusFailsWithTheStatusAndTheServicesWords() {
		status = 500;
		answer = "{\"error\": {\"message\": \"model overloaded\"}}";
		assertThatThrownBy(() -> adapter("", Duration.ofSeconds(5)).transcribe(AUDIO, "audio/ogg", "zh"))
			.isInstanceOf(SpeechToTextException.class)
			.hasMessageContaining("HTTP 500")
			.hasMessageContaining("model overloaded");
	}

	@Test
	void anAnswerWithoutTextFails() {
		answer = "<html>proxy error</html>";
		assertThatThrownBy(() -> adapter("", Duration.ofSeconds(5)).transcribe(AUDIO, "audio/ogg", "zh"))
			.isInstanceOf(SpeechToTextException.class)
			.hasMessageContaining("other than JSON");
		answer = "{\"segments\": []}";
		assertThatThrownBy(() -> adapter("", Duration.ofSeconds(5)).transcribe(AUDIO, "audio/ogg", "zh"))
			.isInstanceOf(SpeechToTextException.class)
			.hasMessageContaining("without a text");
	}

	@Test
	void aSlowServiceTimesOut() {
		delayMillis = 2000;
		assertThatThrownBy(() -> adapter("", Duration.ofMillis(300)).transcribe(AUDIO, "audio/ogg", "zh"))
			.isInstanceOf(SpeechToTextException.class)
			.hasMessageContaining("did not answer within");
	}

	@Test
	void anUnreachableServiceFails() {
		server.stop(0);
		assertThatThrownBy(() -> adapter("", Duration.ofSeconds(2)).transcribe(AUDIO, "audio/ogg", "zh"))
			.isInstanceOf(SpeechToTextException.class)
			.hasMessageContaining("could not be reached");
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	record Captured(String method, String contentType, String authorization, String body) {
	}
}
