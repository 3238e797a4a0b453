package dev.awsjshell.services.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Runs a Python 3.11 script with boto3 1.43.11 (the machine image's reference) and reads the JSON it prints. */
final class Boto3 {
    private Boto3() {}

    static JsonNode run(String script) {
        try {
            Process p = new ProcessBuilder("python3.11", "-c", script).redirectErrorStream(false).start();
            byte[] out = p.getInputStream().readAllBytes();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new AssertionError("python3.11 failed: " + err);
            return new ObjectMapper().readTree(out);
        } catch (IOException e) {
            Assumptions.abort("python3.11 with boto3 is not on this machine: " + e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
