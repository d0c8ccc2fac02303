## Product names: the docs' own ("Partner Center operated by 21Vianet" / "Partner Center").
app-name-china = 由 21Vianet 營運的合作夥伴中心
app-name-global = 合作夥伴中心
# The browser tab: page first, product second.
document-title = { $page } | { $app }

## Shell
shell-skip-to-main = 跳至主要內容
shell-menu-label = 儀表板功能表
shell-menu-overview = 概觀
shell-menu-settings = 帳戶設定
shell-menu-pricing = 定價和優惠
shell-menu-customers = 客戶
shell-menu-indirect-providers = 間接提供者
shell-menu-indirect-resellers = 間接轉銷商
shell-signed-in-as = 已登入：{ $name }
shell-sign-out = 登出
shell-signing-out = 正在登出…
shell-sign-in = 登入
shell-language = 語言
footer-operated-china = 本入口網站採用 Microsoft 授權給 21Vianet 的技術。本服務由 21Vianet 營運、提供並管理交付。
footer-operated-global = 合作夥伴中心是 Microsoft 雲端解決方案提供者 (CSP) 合作夥伴專用的商務入口網站。

## Landing page (signed out)
landing-title-china = 歡迎使用由 21Vianet 營運的合作夥伴中心
landing-title-global = 歡迎使用合作夥伴中心
landing-intro-china = 專供在中國轉售 21Vianet 雲端解決方案提供者 (CSP) 服務之轉銷商使用的商務入口網站。
landing-intro-global = 專供透過雲端解決方案提供者 (CSP) 計劃轉售 Microsoft 雲端服務之合作夥伴使用的商務入口網站。
landing-what-china = 21Vianet 在中國營運本地資料中心，讓您在轉售其 CSP 服務的同時，將資料保留在中國境內。21Vianet 也為您提供帳單服務和客戶支援管道。
landing-what-global = 在同一處新增及管理客戶、銷售訂閱、處理帳單，並提供支援。
landing-tasks-heading = 登入後，您可以
landing-task-account = 管理您的合作夥伴中心帳戶
landing-task-customers = 管理客戶帳戶和訂閱
landing-task-pricing = 查看優惠和定價
landing-task-billing = 檢閱帳單
landing-sign-in-heading = 已經是合作夥伴？
landing-sign-in-text = 請使用您的公司帳戶登入。

## Sign in
signin-title = 登入
signin-intro = 請使用您的合作夥伴中心公司帳戶。
signin-user-name = 公司帳戶
signin-user-name-hint-china = 例如：someone@contoso.partner.onmschina.cn
signin-user-name-hint-global = 例如：someone@contoso.onmicrosoft.com
signin-password = 密碼
signin-submit = 登入
signin-submitting = 正在登入…
signin-error-user-name-required = 請輸入您的公司帳戶
signin-error-user-name-too-long = 公司帳戶不得超過 256 個字元
signin-error-password-required = 請輸入您的密碼
signin-error-password-too-long = 密碼不得超過 256 個字元
signin-session-expired = 您的工作階段已結束。請重新登入以繼續。

## Error summary and field messages
error-summary-title = 發生問題
field-error-prefix = 錯誤：

## Errors from the backend, one per kind of failure
error-offline = 您目前處於離線狀態。請檢查網路連線，然後再試一次。
error-network = 目前無法連線至合作夥伴中心。請檢查網路連線，然後再試一次。
error-timeout = 合作夥伴中心回應逾時。請再試一次。
error-server = 我們這邊發生問題。您輸入的資訊仍會保留，請稍後再試一次。
error-unavailable = 合作夥伴中心目前忙碌中。請稍後再試一次。
error-malformed = 無法讀取合作夥伴中心傳回的回應。請再試一次；如果問題持續發生，請連絡支援人員。
error-invalid-credentials = 公司帳戶或密碼不正確。請檢查後再試一次。
error-session-expired = 您的工作階段已結束。請重新登入以繼續。
error-forbidden = 您的角色無法執行此操作。請向貴組織的全域系統管理員申請存取權。
error-not-found = 找不到您要尋找的內容，它可能已被移除。
error-conflict = 在您作業期間，其他人已變更此內容。請重新載入以查看最新版本，然後再次套用您的變更。
error-throttled = 要求過多。請稍候片刻，然後再試一次。
error-invalid-input = 部分資訊無效。請檢查醒目提示的欄位。
error-request-failed = 無法完成要求（錯誤 { $status }）。請再試一次。
error-retry = 再試一次
loading = 正在載入…

## Not found
not-found-title = 找不到頁面
not-found-text = 您要尋找的頁面不存在或已移動。請檢查網址，或返回首頁。
not-found-home = 前往首頁


## Roles (the docs' names)
role-global-admin = 全域系統管理員
role-billing-admin = 帳單系統管理員
role-user-management-admin = 使用者管理系統管理員
role-admin-agent = 管理員代理人
role-sales-agent = 銷售代理人
role-helpdesk-agent = 服務台代理人

# Used by the first load (landing, sign-in) though they lead into areas.
signin-cant-access = 無法存取您的帳戶？
enroll-landing-heading = 初次使用合作夥伴中心？
enroll-landing-text = 註冊21Vianet 中國 CSP 經銷商計劃，即可在中國轉售雲端服務。
enroll-landing-link = 立即註冊
