// Command chart-render renders a Helm chart's templates with Go's text/template, the engine Helm itself uses, and
// the Helm/Sprig functions this repository's chart calls. Helm cannot be installed from the registries this project
// builds with, so CI renders the chart with this tool and the tests in tests/MockInterviewBot.Tests/Deploy parse
// and check every rendered manifest.
//
// Values come as JSON (the tests convert values.yaml and their overrides), because Go's standard library has no
// YAML parser. Output is the manifests as YAML documents, each headed "# Source: <chart>/templates/<file>". A
// template error or a `fail`/`required` call prints the message on stderr and exits with status 1.
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"text/template"
)

func main() {
	chartDir := flag.String("chart", "", "chart directory (holds Chart.yaml and templates/)")
	valuesFile := flag.String("values", "", "values as a JSON file")
	release := flag.String("release", "mib", "release name")
	namespace := flag.String("namespace", "default", "release namespace")
	flag.Parse()
	if *chartDir == "" || *valuesFile == "" {
		fmt.Fprintln(os.Stderr, "usage: chart-render -chart DIR -values VALUES.json [-release NAME] [-namespace NS]")
		os.Exit(2)
	}

	out, err := render(*chartDir, *valuesFile, *release, *namespace)
	if err != nil {
		fmt.Fprintln(os.Stderr, "Error:", err)
		os.Exit(1)
	}
	fmt.Print(out)
}

func render(chartDir, valuesFile, release, namespace string) (string, error) {
	chart, err := readChart(filepath.Join(chartDir, "Chart.yaml"))
	if err != nil {
		return "", err
	}
	raw, err := os.ReadFile(valuesFile)
	if err != nil {
		return "", err
	}
	var values map[string]interface{}
	if err := json.Unmarshal(raw, &values); err != nil {
		return "", fmt.Errorf("values %s: %w", valuesFile, err)
	}
	data := map[string]interface{}{
		"Values":  values,
		"Chart":   chart,
		"Release": map[string]interface{}{"Name": release, "Namespace": namespace, "Service": "Helm"},
	}

	files, err := filepath.Glob(filepath.Join(chartDir, "templates", "*"))
	if err != nil {
		return "", err
	}
	sort.Strings(files)
	root := template.New("chart").Option("missingkey=default")
	root.Funcs(funcs(root))
	var manifests []string
	for _, file := range files {
		text, err := os.ReadFile(file)
		if err != nil {
			return "", err
		}
		name := filepath.Base(file)
		if _, err := root.New(name).Parse(string(text)); err != nil {
			return "", err
		}
		if !strings.HasPrefix(name, "_") && (strings.HasSuffix(name, ".yaml") || strings.HasSuffix(name, ".yml")) {
			manifests = append(manifests, name)
		}
	}

	var out strings.Builder
	for _, name := range manifests {
		var buf bytes.Buffer
		if err := root.ExecuteTemplate(&buf, name, data); err != nil {
			return "", err
		}
		// Helm prints nothing, not "<no value>", for a missing value.
		text := strings.ReplaceAll(buf.String(), "<no value>", "")
		if strings.TrimSpace(text) == "" {
			continue
		}
		fmt.Fprintf(&out, "---\n# Source: %s/templates/%s\n%s\n", chart["Name"], name, strings.Trim(text, "\n"))
	}
	return out.String(), nil
}

// readChart reads the top-level scalar fields of Chart.yaml (apiVersion, name, version, appVersion, ...).
func readChart(path string) (map[string]interface{}, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	fields := map[string]interface{}{}
	line := regexp.MustCompile(`^([A-Za-z]+):\s*(.*?)\s*$`)
	for _, l := range strings.Split(string(raw), "\n") {
		if m := line.FindStringSubmatch(l); m != nil {
			key := strings.ToUpper(m[1][:1]) + m[1][1:]
			fields[key] = strings.Trim(m[2], `"'`)
		}
	}
	if fields["Name"] == nil || fields["Version"] == nil {
		return nil, errors.New("Chart.yaml needs name and version")
	}
	return fields, nil
}

func funcs(root *template.Template) template.FuncMap {
	return template.FuncMap{
		"include": func(name string, data interface{}) (string, error) {
			var buf bytes.Buffer
			err := root.ExecuteTemplate(&buf, name, data)
			return buf.String(), err
		},
		"required": func(message string, value interface{}) (interface{}, error) {
			if empty(value) {
				return nil, errors.New(message)
			}
			return value, nil
		},
		"fail": func(message string) (string, error) { return "", errors.New(message) },
		"default": func(fallback interface{}, given ...interface{}) interface{} {
			if len(given) == 0 || empty(given[0]) {
				return fallback
			}
			return given[0]
		},
		"quote": func(values ...interface{}) string {
			quoted := make([]string, 0, len(values))
			for _, v := range values {
				if v != nil {
					quoted = append(quoted, strconv.Quote(str(v)))
				}
			}
			return strings.Join(quoted, " ")
		},
		"toJson": func(v interface{}) (string, error) {
			b, err := json.Marshal(v)
			return string(b), err
		},
		"toYaml":     func(v interface{}) string { return strings.TrimSuffix(toYaml(v, 0), "\n") },
		"indent":     func(n int, s string) string { return indent(n, s) },
		"nindent":    func(n int, s string) string { return "\n" + indent(n, s) },
		"trunc":      trunc,
		"trimSuffix": func(suffix, s string) string { return strings.TrimSuffix(s, suffix) },
		"replace":    func(old, new, s string) string { return strings.ReplaceAll(s, old, new) },
		"sha256sum": func(s string) string {
			sum := sha256.Sum256([]byte(s))
			return hex.EncodeToString(sum[:])
		},
		"int":        toInt,
		"regexMatch": func(pattern, s string) (bool, error) { return regexp.MatchString(pattern, s) },
	}
}

func empty(v interface{}) bool {
	if v == nil {
		return true
	}
	r := reflect.ValueOf(v)
	switch r.Kind() {
	case reflect.String, reflect.Map, reflect.Slice, reflect.Array:
		return r.Len() == 0
	case reflect.Bool:
		return !r.Bool()
	case reflect.Float32, reflect.Float64:
		return r.Float() == 0
	case reflect.Int, reflect.Int64, reflect.Int32:
		return r.Int() == 0
	}
	return false
}

func str(v interface{}) string {
	switch t := v.(type) {
	case string:
		return t
	case float64:
		return strconv.FormatFloat(t, 'f', -1, 64)
	default:
		return fmt.Sprint(t)
	}
}

func toInt(v interface{}) (int, error) {
	switch t := v.(type) {
	case nil:
		return 0, nil
	case float64:
		return int(t), nil
	case int:
		return t, nil
	case bool:
		if t {
			return 1, nil
		}
		return 0, nil
	case string:
		n, err := strconv.Atoi(strings.TrimSpace(t))
		if err != nil {
			return 0, fmt.Errorf("int: %q is not a whole number", t)
		}
		return n, nil
	}
	return 0, fmt.Errorf("int: cannot convert %T", v)
}

func trunc(n int, s string) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

func indent(n int, s string) string {
	pad := strings.Repeat(" ", n)
	return pad + strings.ReplaceAll(s, "\n", "\n"+pad)
}

// toYaml writes block-style YAML with sorted keys; strings are double-quoted (JSON escapes are valid YAML).
func toYaml(v interface{}, level int) string {
	pad := strings.Repeat("  ", level)
	switch t := v.(type) {
	case map[string]interface{}:
		if len(t) == 0 {
			return "{}\n"
		}
		keys := make([]string, 0, len(t))
		for k := range t {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var b strings.Builder
		for _, k := range keys {
			b.WriteString(pad + k + ":")
			b.WriteString(nested(t[k], level))
		}
		return b.String()
	case []interface{}:
		if len(t) == 0 {
			return "[]\n"
		}
		var b strings.Builder
		for _, item := range t {
			body := toYaml(item, level+1)
			if isCollection(item) {
				// "- " takes the place of the first line's indentation.
				b.WriteString(pad + "- " + strings.TrimPrefix(body, pad+"  "))
			} else {
				b.WriteString(pad + "- " + body)
			}
		}
		return b.String()
	default:
		return scalar(t) + "\n"
	}
}

func nested(v interface{}, level int) string {
	if isCollection(v) {
		return "\n" + toYaml(v, level+1)
	}
	if m, ok := v.(map[string]interface{}); ok && len(m) == 0 {
		return " {}\n"
	}
	if l, ok := v.([]interface{}); ok && len(l) == 0 {
		return " []\n"
	}
	return " " + scalar(v) + "\n"
}

func isCollection(v interface{}) bool {
	switch t := v.(type) {
	case map[string]interface{}:
		return len(t) > 0
	case []interface{}:
		return len(t) > 0
	}
	return false
}

func scalar(v interface{}) string {
	switch t := v.(type) {
	case nil:
		return "null"
	case string:
		b, _ := json.Marshal(t)
		return string(b)
	case bool:
		return strconv.FormatBool(t)
	case float64:
		return strconv.FormatFloat(t, 'f', -1, 64)
	}
	b, _ := json.Marshal(v)
	return string(b)
}
