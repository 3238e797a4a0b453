package dev.awsjshell;

import dev.awsjshell.errors.ClientError;
import dev.awsjshell.session.Session;

import java.util.Map;

/** Run in a child JVM by SettingsTest, with an environment of the test's making: prints what a session resolved. */
public final class SessionProbe {
    public static void main(String[] args) {
        Session session = args.length > 0 && args[0].startsWith("--profile=") ? Aws.session().profileName(args[0].substring(10)).build() : Aws.defaultSession();
        System.out.println("region=" + session.regionName());
        System.out.println("profile=" + session.profileName());
        System.out.println("profiles=" + session.availableProfiles());
        session.credentials().ifPresentOrElse(c -> {
            System.out.println("method=" + c.method());
            System.out.println("access_key=" + c.accessKey());
            System.out.println("credentials=" + c);
        }, () -> System.out.println("method=none"));
        System.out.println("banner=" + Aws.banner().replace('\n', '|'));
        for (String arg : args) {
            if (arg.startsWith("--call=")) {
                String[] parts = arg.substring(7).split("\\.");
                try {
                    System.out.println("call=" + Aws.client(parts[0]).call(parts[1], Map.of()).get("ResponseMetadata").toString().replace('\n', ' '));
                } catch (ClientError e) {
                    System.out.println("error=" + e.code() + " attempts=" + e.response().map("ResponseMetadata").get("RetryAttempts"));
                }
            }
        }
    }
}
