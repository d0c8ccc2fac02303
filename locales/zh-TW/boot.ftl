# Compiled into the app: shown when config.json or the message catalog cannot be loaded.
boot-error-title = 合作夥伴中心無法啟動
boot-error-config = 入口網站的設定 (config.json) 遺失或無效。請過幾分鐘再試一次。如果問題持續發生，請連絡此網站的管理員。
boot-error-catalog = 無法載入入口網站的文字。請檢查網路連線，然後再試一次。
boot-error-retry = 再試一次

# Compiled into the app: replaces the page if the app fails (a panic); the id is also in the
# browser console, so a report can be matched with it.
crash-message = 發生問題。請重新載入頁面；您在此步驟中輸入的內容會保留。
crash-error-id = 錯誤識別碼：{ $id }
crash-reload = 重新載入頁面
