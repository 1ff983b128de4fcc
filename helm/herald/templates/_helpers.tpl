{{/*
Chart name, truncated to the 63 characters Kubernetes allows in names.
*/}}
{{- define "herald.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/*
Fully qualified app name: the release name, suffixed with the chart name unless it already contains it.
*/}}
{{- define "herald.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/*
Chart name and version, as used by the helm.sh/chart label.
*/}}
{{- define "herald.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/*
Labels that select Herald's pods; they must never change between upgrades.
*/}}
{{- define "herald.selectorLabels" -}}
app.kubernetes.io/name: {{ include "herald.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{/*
Labels for every resource.
*/}}
{{- define "herald.labels" -}}
helm.sh/chart: {{ include "herald.chart" . }}
{{ include "herald.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- with .Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/*
Herald image reference; a digest wins over the tag, the tag defaults to the appVersion.
*/}}
{{- define "herald.image" -}}
{{- $repo := printf "%s/%s" .Values.image.registry .Values.image.repository | trimPrefix "/" -}}
{{- if .Values.image.digest -}}
{{- printf "%s@%s" $repo .Values.image.digest -}}
{{- else -}}
{{- printf "%s:%s" $repo (default .Chart.AppVersion .Values.image.tag | toString) -}}
{{- end -}}
{{- end -}}

{{/*
Image of the `helm test` pod.
*/}}
{{- define "herald.testImage" -}}
{{- $img := .Values.tests.image -}}
{{- printf "%s/%s:%s" $img.registry $img.repository ($img.tag | toString) | trimPrefix "/" -}}
{{- end -}}

{{/*
Secret holding the credentials: the user's existing one, or the chart's own.
*/}}
{{- define "herald.secretName" -}}
{{- default (include "herald.fullname" .) .Values.database.existingSecret -}}
{{- end -}}

{{/*
Key of the database password in herald.secretName.
*/}}
{{- define "herald.databasePasswordKey" -}}
{{- if .Values.database.existingSecret -}}
{{- .Values.database.existingSecretPasswordKey -}}
{{- else -}}
database-password
{{- end -}}
{{- end -}}

{{/*
Pod anti-affinity preset that spreads replicas over nodes ("soft" or "hard").
*/}}
{{- define "herald.podAntiAffinity" -}}
{{- $term := dict "topologyKey" "kubernetes.io/hostname" "labelSelector" (dict "matchLabels" (include "herald.selectorLabels" . | fromYaml)) -}}
{{- if eq .Values.podAntiAffinityPreset "hard" -}}
podAntiAffinity:
  requiredDuringSchedulingIgnoredDuringExecution:
    {{- list $term | toYaml | nindent 4 }}
{{- else if eq .Values.podAntiAffinityPreset "soft" -}}
podAntiAffinity:
  preferredDuringSchedulingIgnoredDuringExecution:
    {{- list (dict "weight" 1 "podAffinityTerm" $term) | toYaml | nindent 4 }}
{{- end -}}
{{- end -}}

{{/*
Fail fast, with a message that says what to set, on values Herald cannot start with.
*/}}
{{- define "herald.validateValues" -}}
{{- $messages := list -}}
{{- if not .Values.database.url -}}
{{- $messages = append $messages "herald: database.url is required: set the JDBC URL of a MariaDB 10.6+ database, e.g. --set database.url=jdbc:mariadb://mariadb:3306/herald" -}}
{{- end -}}
{{- if and (not .Values.database.password) (not .Values.database.existingSecret) -}}
{{- $messages = append $messages "herald: a database password is required: set database.password, or database.existingSecret to a Secret holding it under database.existingSecretPasswordKey" -}}
{{- end -}}
{{- if and .Values.database.existingSecret (or .Values.admin.password .Values.admin.bootstrapToken) -}}
{{- $messages = append $messages "herald: admin.password and admin.bootstrapToken are not used with database.existingSecret: put them in that Secret under the keys admin-password and bootstrap-token" -}}
{{- end -}}
{{- if and .Values.theme.configMap (not .Values.theme.path) -}}
{{- $messages = append $messages "herald: theme.configMap needs theme.path, the directory to mount it at, e.g. /themes/custom" -}}
{{- end -}}
{{- if $messages -}}
{{- printf "\nVALUES VALIDATION:\n%s" (join "\n" $messages) | fail -}}
{{- end -}}
{{- end -}}
