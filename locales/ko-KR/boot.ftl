# Compiled into the app: shown when config.json or the message catalog cannot be loaded.
boot-error-title = 파트너 센터를 시작할 수 없습니다
boot-error-config = 포털 구성 파일(config.json)이 없거나 올바르지 않습니다. 몇 분 후에 다시 시도하세요. 문제가 계속되면 이 사이트의 관리자에게 문의하세요.
boot-error-catalog = 포털 텍스트를 불러올 수 없습니다. 네트워크 연결을 확인한 후 다시 시도하세요.
boot-error-retry = 다시 시도

# Compiled into the app: replaces the page if the app fails (a panic); the id is also in the
# browser console, so a report can be matched with it.
crash-message = 문제가 발생했습니다. 페이지를 다시 로드하세요. 이 단계에서 입력한 내용은 유지됩니다.
crash-error-id = 오류 ID: { $id }
crash-reload = 페이지 다시 로드
