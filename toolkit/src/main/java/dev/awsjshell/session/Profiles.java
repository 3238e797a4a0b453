package dev.awsjshell.session;

import dev.awsjshell.errors.ConfigParseError;

import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The config and credentials files of one environment, as botocore reads them: {@code AWS_CONFIG_FILE} (default
 * {@code ~/.aws/config}) and {@code AWS_SHARED_CREDENTIALS_FILE} (default {@code ~/.aws/credentials}), {@code ~} being
 * the environment's {@code HOME}; a profile's settings are the config file's with the credentials file's over them
 * (botocore's {@code full_config}). Parsed by the SDK's own reader, so SDK clients given {@link #merged()} see the same.
 */
final class Profiles {
    private final Map<String, String> env;
    private final Path configPath;
    private final Path credentialsPath;
    private final ProfileFile config;
    private final ProfileFile credentials;
    private final ProfileFile merged;

    Profiles(Map<String, String> env) {
        this.env = env;
        this.configPath = path(env, "AWS_CONFIG_FILE", ".aws/config");
        this.credentialsPath = path(env, "AWS_SHARED_CREDENTIALS_FILE", ".aws/credentials");
        this.config = read(configPath, ProfileFile.Type.CONFIGURATION);
        this.credentials = read(credentialsPath, ProfileFile.Type.CREDENTIALS);
        // The first file added wins: the credentials file's values over the config file's, as botocore merges them.
        this.merged = ProfileFile.aggregator().addFile(credentials).addFile(config).build();
    }

    /** The home folder of this environment: botocore's {@code ~}. */
    Path home() {
        String home = env.get("HOME");
        return Path.of(home == null || home.isEmpty() ? System.getProperty("user.home") : home);
    }

    private Path path(Map<String, String> env, String variable, String underHome) {
        String value = env.get(variable);
        if (value == null || value.isEmpty()) return home().resolve(underHome);
        if (value.equals("~") || value.startsWith("~/")) return home().resolve(value.equals("~") ? "" : value.substring(2));
        return Path.of(value);
    }

    /** A file the SDK's reader refuses is botocore's ConfigParseError, naming the file and the SDK's line number. */
    private static ProfileFile read(Path path, ProfileFile.Type type) {
        if (!Files.isRegularFile(path)) return ProfileFile.builder().content("").type(type).build();
        String text;
        try {
            text = Files.readString(path);
        } catch (java.io.IOException | UncheckedIOException e) {
            throw new ConfigParseError(path, "cannot read it: " + (e instanceof UncheckedIOException u ? u.getCause() : e).getMessage());
        }
        try {
            ProfileFile file = ProfileFile.builder().content(new java.io.ByteArrayInputStream(sdkSections(text, type).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .type(type).build();
            file.profiles();
            return file;
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ConfigParseError(path, e.getMessage());
        }
    }

    private static final java.util.regex.Pattern QUOTED_SECTION = java.util.regex.Pattern.compile("(?m)^(\\s*\\[\\s*)(profile\\s+)?\"([^\"]*)\"(\\s*\\])");
    private static final java.util.regex.Pattern PLAIN_SECTION = java.util.regex.Pattern.compile("(?m)^(\\s*\\[)([^\\]\"]*)(\\])");

    /**
     * botocore's section names, in the SDK's alphabet: a quoted profile name ({@code [profile "my profile"]}, read by
     * botocore with shlex) and, in the credentials file, any name botocore takes as it is ({@code [my profile]}); the
     * SDK ignores names with spaces and other characters, so these are given to it %-encoded, as {@link #sdkName}.
     */
    private static String sdkSections(String text, ProfileFile.Type type) {
        text = QUOTED_SECTION.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                m.group(1) + (m.group(2) == null ? "" : m.group(2)) + sdkName(m.group(3)) + m.group(4)));
        if (type == ProfileFile.Type.CREDENTIALS) {
            text = PLAIN_SECTION.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1) + sdkName(m.group(2).strip()) + m.group(3)));
        }
        return text;
    }

    /** A profile name as the SDK's files and clients know it: characters the SDK does not take in names %-encoded. */
    static String sdkName(String name) {
        if (name == null) return null;
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 128 && c != '%' && (Character.isLetterOrDigit(c) || "_-/.@:+".indexOf(c) >= 0)) out.append(c);
            else out.append('%').append(String.format("%02X", b & 0xff));
        }
        return out.toString();
    }

    private static String userName(String sdkName) {
        return sdkName.indexOf('%') < 0 ? sdkName : java.net.URLDecoder.decode(sdkName.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    }

    Path configPath() { return configPath; }
    Path credentialsPath() { return credentialsPath; }
    ProfileFile merged() { return merged; }

    /** The profile names of both files, sorted. */
    List<String> names() { return merged.profiles().keySet().stream().map(Profiles::userName).sorted().toList(); }

    boolean exists(String profile) { return merged.profile(sdkName(profile)).isPresent(); }

    /** A profile's settings, both files merged; empty when there is no such profile. */
    Map<String, String> profile(String name) { return merged.profile(sdkName(name)).map(Profile::properties).orElse(Map.of()); }

    Map<String, String> inCredentialsFile(String name) { return credentials.profile(sdkName(name)).map(Profile::properties).orElse(Map.of()); }

    Map<String, String> inConfigFile(String name) { return config.profile(sdkName(name)).map(Profile::properties).orElse(Map.of()); }

    /** An {@code [sso-session NAME]} section of the config file. */
    Optional<Map<String, String>> ssoSession(String name) { return config.getSection("sso-session", name).map(Profile::properties); }

    /** The {@code endpoint_url} under a service's key in a {@code [services NAME]} section, or null. */
    String serviceEndpoint(String servicesSection, String serviceKey) {
        return config.getSection("services", servicesSection).map(Profile::properties)
                .map(s -> s.get(serviceKey + ".endpoint_url")).orElse(null);
    }
}
