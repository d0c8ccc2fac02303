## 註冊21Vianet 中國 CSP 經銷商計劃：精靈的共用部分及前幾個步驟。
enroll-step-count = 第 { $current } 步，共 { $total } 步
enroll-progress-label = 註冊步驟
enroll-step-account = 建立合作夥伴中心帳戶
enroll-step-phone = 驗證電話號碼
enroll-step-created = 建立帳戶
enroll-step-program = 註冊雲端解決方案提供者計劃
enroll-step-review = 檢閱並提交
enroll-step-status = 註冊狀態
enroll-step-agreement = 接受並繼續
enroll-loading = 正在載入您的註冊資料…
enroll-continue = 繼續
enroll-back = 返回

## 建立合作夥伴中心帳戶
enroll-account-title = 建立合作夥伴中心帳戶
enroll-account-intro = 請填寫貴組織的詳細資料，然後輸入貴組織中您希望擁有全域管理員權限並可存取合作夥伴中心之人員的詳細資料。
enroll-organization-legend = 組織詳細資料
enroll-company-name = 法定公司名稱
enroll-company-name-hint = 與營業執照上的名稱相同。
enroll-country = 國家/地區
enroll-country-china = 中國
enroll-province = 省份
enroll-city = 城市
enroll-district = 區縣
enroll-address-line1 = 地址第 1 行
enroll-address-line2 = 地址第 2 行
enroll-postal-code = 郵遞區號
enroll-postal-code-hint = 6 位數字。
enroll-credit-code = 統一社會信用代碼
enroll-credit-code-hint = 營業執照上的 18 碼代碼。
enroll-admin-legend = 全域管理員
enroll-admin-note = 您建立的第一個合作夥伴中心帳戶將是全域管理員帳戶。全域管理員可存取合作夥伴中心的所有系統管理功能，而且是唯一可以指派其他管理員角色的管理員。雖然貴組織可以有多位全域管理員，但為了降低業務風險，我們建議只讓公司內少數人員擔任此角色。
enroll-first-name = 名字
enroll-last-name = 姓氏
enroll-email = 電子郵件
enroll-phone = 電話號碼
enroll-phone-hint = 中國大陸手機或市話號碼，例如 138 1234 5678 或 021-6888 1234。
enroll-opens-new-tab = （在新索引標籤中開啟）

## 開始之前
enroll-intro-title = 註冊21Vianet 中國 CSP 經銷商計劃
enroll-intro-lead = 註冊21Vianet 中國雲端解決方案提供者 (CSP) 計劃，即可在中國轉售雲端服務，並在合作夥伴中心管理您的 CSP 經銷商業務。
enroll-intro-important = 重要
enroll-intro-weeks = 註冊21Vianet 中國 CSP 計劃包含多個步驟，我們會審核您的註冊要求、進行信用檢查並建立您的合作夥伴中心帳戶，整個過程可能需要數週才能完成。
enroll-intro-before-heading = 開始之前
enroll-intro-before-text = 在註冊過程中，您需要提供下列資訊。建議您在開始註冊之前先備妥這些資料。
enroll-intro-need-account = 公司或學校帳戶的全域管理員認證。如果您沒有公司或學校帳戶，可以在註冊過程中建立一個。
enroll-intro-need-mpn = 您的 Microsoft 合作夥伴網路 (MPN) ID。您必須是 MPN 成員才能註冊21Vianet 中國 CSP 計劃。
enroll-intro-join-mpn = 如果您還不是 MPN 成員，請在此加入。
enroll-intro-need-support = 貴組織的客戶支援詳細資料，包括支援網站的 URL、支援電子郵件及支援電話號碼。
enroll-intro-need-phone = 貴組織的中國電話號碼，用於完成電話驗證。
enroll-intro-start-heading = 開始註冊
enroll-intro-start-text = 使用貴組織公司或學校帳戶的全域管理員認證登入，或選取「建立一個」以建立新的公司或學校帳戶。
enroll-intro-create-one = 建立一個
enroll-intro-start = 開始註冊

## 電話驗證
enroll-phone-title = 驗證電話號碼
enroll-phone-intro = 為了保護您的安全，請完成電話驗證以確認您的帳戶詳細資料。請使用貴組織的中國電話號碼。
enroll-phone-number = 電話號碼
enroll-phone-number-hint = 中國大陸手機號碼，或含區碼的市話號碼。+86 可省略。
enroll-phone-send = 傳送驗證碼
enroll-phone-sending = 正在傳送…
enroll-phone-sent = 我們已將 6 位數驗證碼傳送至 { $number }，此驗證碼將於 { $time } 到期。
enroll-phone-resent = 我們已將新的驗證碼傳送至 { $number }，先前的驗證碼已失效。新驗證碼將於 { $time } 到期。
enroll-phone-code = 驗證碼
enroll-phone-code-hint = 我們傳送到您手機的 6 位數驗證碼。
enroll-phone-verify = 驗證
enroll-phone-verifying = 正在驗證…
enroll-phone-resend = 重新傳送驗證碼
enroll-phone-resend-wait = { $seconds } 秒後可重新取得驗證碼。
enroll-phone-change = 使用其他號碼
enroll-phone-verified = 您的電話號碼 { $number } 已通過驗證。請選取「建立帳戶」繼續。
enroll-phone-create = 建立帳戶
enroll-phone-creating = 正在建立您的帳戶…

## 建立帳戶：確認訊息
enroll-created-title = 您的合作夥伴中心帳戶已建立
enroll-created-important = 重要
enroll-created-save = 請儲存此訊息中的資訊，首次登入合作夥伴中心時需要使用。此資訊不會再次顯示。
enroll-created-sign-in-name = 登入名稱
enroll-created-organization = 組織
enroll-created-partner-id = 合作夥伴 ID
enroll-created-admin = 全域管理員
enroll-created-phone = 已驗證的電話號碼
enroll-created-at = 建立時間
enroll-created-copy = 複製
enroll-created-print = 列印
enroll-created-copied = 已複製帳戶詳細資料。
enroll-created-next = 選取「繼續」，然後使用新帳戶認證登入合作夥伴中心，以註冊雲端解決方案提供者計劃。

## 首頁上給新合作夥伴的入口
