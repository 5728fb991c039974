{{- define "mockinterviewbot.name" -}}
{{- .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "mockinterviewbot.fullname" -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "mockinterviewbot.labels" -}}
app.kubernetes.io/name: {{ include "mockinterviewbot.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{- define "mockinterviewbot.selectorLabels" -}}
app.kubernetes.io/name: {{ include "mockinterviewbot.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "mockinterviewbot.secretName" -}}
{{- default (include "mockinterviewbot.fullname" .) .Values.secrets.existingSecret -}}
{{- end -}}

{{/* Names with a suffix stay within Kubernetes' 63 characters. */}}
{{- define "mockinterviewbot.dataClaimName" -}}
{{- printf "%s-data" (include "mockinterviewbot.fullname" . | trunc 58 | trimSuffix "-") -}}
{{- end -}}

{{- define "mockinterviewbot.scenariosConfigMapName" -}}
{{- printf "%s-scenarios" (include "mockinterviewbot.fullname" . | trunc 53 | trimSuffix "-") -}}
{{- end -}}
