package io.phasegate.stubs;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Renders declarations as Java source would spell them, with simple (unqualified) type names.
 *
 * @see ApiSource
 */
final class Signatures {

    private static final int SHOWN_MODIFIERS = Modifier.PUBLIC
            | Modifier.PROTECTED
            | Modifier.PRIVATE
            | Modifier.ABSTRACT
            | Modifier.STATIC
            | Modifier.FINAL;

    private Signatures() {}

    static String of(Member member) {
        if (member instanceof Field field) {
            return modifiers(field) + type(field.getGenericType()) + " " + field.getName();
        }
        Executable executable = (Executable) member;
        String returnType = executable instanceof Method method ? type(method.getGenericReturnType()) + " " : "";
        String name =
                executable instanceof Constructor<?> ? simpleName(executable.getDeclaringClass()) : member.getName();
        return modifiers(executable) + typeParameters(executable.getTypeParameters()) + returnType + name + "("
                + parameters(executable) + ")" + throwsClause(executable);
    }

    /** The type as source would write it: generics kept, packages dropped, nested types dotted. */
    static String type(Type type) {
        return type.getTypeName().replace('$', '.').replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+(?=[A-Z])", "");
    }

    static String simpleName(Class<?> type) {
        return type(type);
    }

    /** Interface members show no implicit {@code public abstract} / {@code public static final}. */
    private static String modifiers(Member member) {
        int modifiers = member.getModifiers() & SHOWN_MODIFIERS;
        if (member.getDeclaringClass().isInterface()) {
            modifiers &= member instanceof Field
                    ? ~(Modifier.PUBLIC | Modifier.STATIC | Modifier.FINAL)
                    : ~(Modifier.PUBLIC | Modifier.ABSTRACT);
        }
        String text = Modifier.toString(modifiers);
        return text.isEmpty() ? "" : text + " ";
    }

    private static String typeParameters(TypeVariable<?>[] variables) {
        if (variables.length == 0) {
            return "";
        }
        return Arrays.stream(variables).map(Signatures::typeVariable).collect(Collectors.joining(", ", "<", "> "));
    }

    private static String typeVariable(TypeVariable<?> variable) {
        String bounds = Arrays.stream(variable.getBounds())
                .filter(bound -> bound != Object.class)
                .map(Signatures::type)
                .collect(Collectors.joining(" & "));
        return bounds.isEmpty() ? variable.getName() : variable.getName() + " extends " + bounds;
    }

    private static String parameters(Executable executable) {
        Parameter[] parameters = executable.getParameters();
        Type[] types = executable.getGenericParameterTypes();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parameters.length; i++) {
            String type = type(types[i]);
            if (executable.isVarArgs() && i == parameters.length - 1) {
                type = type.substring(0, type.length() - 2) + "...";
            }
            text.append(i == 0 ? "" : ", ").append(type).append(' ').append(parameters[i].getName());
        }
        return text.toString();
    }

    private static String throwsClause(Executable executable) {
        Type[] exceptions = executable.getGenericExceptionTypes();
        if (exceptions.length == 0) {
            return "";
        }
        return Arrays.stream(exceptions).map(Signatures::type).collect(Collectors.joining(", ", " throws ", ""));
    }
}
