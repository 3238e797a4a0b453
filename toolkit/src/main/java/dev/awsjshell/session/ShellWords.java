package dev.awsjshell.session;

import dev.awsjshell.errors.InvalidConfigError;

import java.util.ArrayList;
import java.util.List;

/** POSIX shell word splitting, as Python's {@code shlex.split} does it for botocore's {@code credential_process}. */
final class ShellWords {
    private ShellWords() {}

    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == '\'') {
                if (c == '\'') quote = 0; else word.append(c);
            } else if (quote == '"') {
                if (c == '"') quote = 0;
                else if (c == '\\' && i + 1 < line.length() && "\\\"$`\n".indexOf(line.charAt(i + 1)) >= 0) word.append(line.charAt(++i));
                else word.append(c);
            } else if (Character.isWhitespace(c)) {
                if (word != null) { words.add(word.toString()); word = null; }
            } else {
                if (word == null) word = new StringBuilder();
                if (c == '\'' || c == '"') quote = c;
                else if (c == '\\' && i + 1 < line.length()) word.append(line.charAt(++i));
                else word.append(c);
            }
        }
        if (quote != 0) throw new InvalidConfigError("credential_process has an unclosed quote: " + line);
        if (word != null) words.add(word.toString());
        if (words.isEmpty()) throw new InvalidConfigError("credential_process is empty");
        return words;
    }
}
