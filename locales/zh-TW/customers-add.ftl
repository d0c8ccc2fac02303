# 新增客戶：精靈（文件 add-a-new-customer、confirm-consent）。
customers-add-progress = 新增客戶的步驟
customers-add-step-account = 帳戶資訊
customers-add-step-subscriptions = 訂閱
customers-add-step-review = 檢閱
customers-add-step-of = 第 { $step } 步，共 { $count } 步
customers-add-next-subscriptions = 下一步：訂閱
customers-add-next-review = 下一步：檢閱
customers-add-back = 上一步
customers-add-submit = 提交
customers-add-submitting = 正在提交…
customers-add-update = 更新
customers-add-edit-china = 更新
customers-add-edit-global = 編輯

## 帳戶資訊
customers-add-account-intro = 請填寫公司詳細資料和主要連絡人資訊。
customers-add-company-details = 公司詳細資料
customers-add-company-name = 公司名稱
customers-add-domain = 網域名稱
customers-add-domain-hint = 1 到 27 個字母或數字。網域以 { $suffix } 結尾。
customers-add-domain-checking = 正在檢查此網域是否可用…
customers-add-domain-available = { $domain } 可以使用。
customers-add-domain-taken = 此網域已被使用。請另選一個。
customers-add-domain-unchecked = 目前無法檢查此網域。提交時會再次檢查。
customers-add-primary-contact = 主要連絡人
customers-add-first-name = 名字
customers-add-last-name = 姓氏
customers-add-email = 電子郵件地址
customers-add-phone = 電話號碼
customers-add-phone-hint-china = 中國手機號碼或市話號碼，例如 138 1234 5678 或 021-6888 1234。
customers-add-phone-hint = 請包含國碼，例如 +1 425 555 0100。
customers-add-address = 地址
customers-add-country = 國家/地區
customers-add-province = 省份
customers-add-state = 州或省
customers-add-city = 城市
customers-add-address-line1 = 地址第 1 行
customers-add-address-line2 = 地址第 2 行
customers-add-postal-code = 郵遞區號
customers-add-postal-hint-china = 6 位數字。
customers-add-postal-hint = 採用該國家/地區的格式，例如 98052 或 98052-6399。
customers-add-language-preferences = 語言喜好設定
customers-add-culture = 文化特性
customers-add-language = 語言
customers-add-error-domain = 請使用 1 到 27 個字母或數字，不得包含空格、連字號或句點。
customers-add-error-choose = 請從清單中選擇一個值。
customers-add-error-country-china = 由世紀互聯營運的合作夥伴中心的客戶位於中國。
customers-add-error-country-global = 中國的客戶由世紀互聯營運的合作夥伴中心提供服務。請選擇其他國家/地區。
customers-add-error-postal-code = 請依該國家/地區的格式輸入郵遞區號，例如 98052 或 98052-6399。

## Microsoft 雲端合約（全球雲端）
customers-add-mca-title = Microsoft 雲端合約
customers-add-mca-intro = 請確認客戶已接受最新的 Microsoft 雲端合約，並填寫接受合約的人員。
customers-add-mca-accepted = 客戶已接受最新的 Microsoft 雲端合約
customers-add-mca-date = 合約接受日期
customers-add-mca-date-hint = 客戶接受合約的日期，不能晚於今天。
customers-add-mca-contact = 接受合約的人員
customers-add-mca-contact-default = 主要連絡人。如果是其他人接受合約，請選取「更新」。
customers-add-mca-use-primary = 使用主要連絡人
customers-add-error-mca-accepted = 請確認客戶已接受最新的 Microsoft 雲端合約。
customers-add-error-mca-date-required = 請輸入合約接受日期。
customers-add-error-mca-date = 請輸入有效的合約接受日期。
customers-add-error-mca-date-future = 合約接受日期不能是未來的日期。

## 訂閱
customers-add-subscriptions-intro = 請選擇正確的供應項目，並輸入每項的授權數量。也可以先新增客戶，之後再新增訂閱。
customers-add-offer-search = 搜尋供應項目
customers-add-offers-chosen = { $count ->
    [0] 未選擇任何供應項目。
   *[other] 已選擇 { $count } 個供應項目。
}
customers-add-offers-none = 沒有符合搜尋的供應項目。
customers-add-offer-range = { $min } 到 { $max } 個授權
customers-add-quantity = { $offer } 的授權數量
customers-add-error-quantity-required = 請輸入 { $offer } 的授權數量。
customers-add-error-quantity = 請為 { $offer } 輸入 { $min } 到 { $max } 之間的整數授權數量。

## 檢閱
customers-add-review-intro = 請檢查輸入的內容是否正確，然後選取「提交」。
customers-add-review-no-offers = 沒有訂閱。建立客戶後可以再新增訂閱。
customers-add-review-offer = { $offer }：{ $count } 個授權

## 確認
customers-add-confirmation = 確認
customers-add-created = 已新增客戶「{ $company }」。
customers-add-setup-info = 設定資訊
customers-add-password-once = 請立即複製系統管理員使用者名稱和暫時密碼。密碼只會顯示一次：離開此頁面後就無法再次顯示。
customers-add-admin-user = 系統管理員使用者名稱
customers-add-temporary-password = 暫時密碼
customers-add-copy = 複製
customers-add-print = 列印
customers-add-copied = 已複製到剪貼簿。
customers-add-copy-failed = 無法複製。請選取使用者名稱和密碼後自行複製。
customers-add-buying = 正在購買 { $offer }（{ $count } 個授權）…
customers-add-bought = { $offer }：已購買 { $count } 個授權。
customers-add-not-bought = 未能購買 { $offer }（{ $count } 個授權）。{ $reason }
customers-add-buy-retry = 重試購買未成功的訂閱
customers-add-mca-recording = 正在記錄 Microsoft 雲端合約的接受情況…
customers-add-mca-recorded = 已記錄 Microsoft 雲端合約的接受情況。
customers-add-mca-not-recorded = 未能記錄 Microsoft 雲端合約的接受情況。{ $reason }
customers-add-mca-retry = 重試記錄合約
customers-add-done = 完成
