package dev.awsjshell.jupyter;

import jdk.jshell.EvalException;
import jdk.jshell.Snippet;
import org.rapaio.jupyter.kernel.core.RapaioKernel;
import org.rapaio.jupyter.kernel.core.format.ErrorFormatter;
import org.rapaio.jupyter.kernel.core.format.ErrorFormatters;
import org.rapaio.jupyter.kernel.display.text.ANSI;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A snippet's exception in a notebook, as at the JShell prompt: its own short class name ({@code ClientError}, not the
 * kernel's {@code EvalException}) and message, then only the frames in the cell's code, each with its source line.
 * The rapaio kernel 3.0.1 looks its formatters up in a private map by exception class; this puts one there for
 * {@code EvalException}. The error's {@code ename} field stays the kernel's ({@code EvalException}): the kernel sets it
 * from the Java class of what it caught, with no hook.
 */
final class ShortErrors {
    private ShortErrors() {}

    @SuppressWarnings("unchecked")
    static void install() throws ReflectiveOperationException {
        Field f = ErrorFormatters.class.getDeclaredField("map");
        f.setAccessible(true);
        Map<Class<?>, ErrorFormatter<?>> map = (Map<Class<?>, ErrorFormatter<?>>) f.get(null);
        map.put(EvalException.class, (ErrorFormatter<EvalException>) ShortErrors::format);
    }

    static List<String> format(RapaioKernel kernel, EvalException e) {
        String type = e.getExceptionClassName();
        List<String> out = new ArrayList<>();
        out.add(ANSI.start().bold().fgRed().text(type.substring(type.lastIndexOf('.') + 1) + ": " + e.getMessage() + "\n").render());
        for (StackTraceElement frame : e.getStackTrace()) {
            String file = frame.getFileName();
            if (file == null || !file.startsWith("#")) continue;
            String id = file.substring(1);
            Optional<Snippet> snippet = kernel.javaEngine().getShell().snippets().filter(s -> s.id().equals(id)).findAny();
            snippet.ifPresent(s -> out.addAll(ANSI.sourceCode(s.source(), frame.getLineNumber())));
        }
        return out;
    }
}
